import Foundation
import Testing
import KotaCerdasCore
@testable import KotaCerdasData

/// The alert book on disk: kept across restarts, bounded, and a broken file set aside.
@Suite struct AlertBookFileTests {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("kotacerdas-alertfile-\(UUID().uuidString)").path

    static func book(count: Int, openEvery: Int = 3) -> AlertBook {
        let alerts = (1...count).map { id in
            Alert(
                id: id,
                subject: AlertSubject(kind: .indicator, key: "indicator:governance/i\(id)",
                                      name: LocalizedText(byLanguage: ["id": "Indeks \(id)", "en": "Index \(id)"]),
                                      dimensionID: "governance"),
                from: id == 1 ? nil : .indicator(.onTarget), to: .indicator(.offTarget),
                started: Date(timeIntervalSince1970: 1_800_000_000 + Double(id)),
                ended: id.isMultiple(of: openEvery) ? nil : Date(timeIntervalSince1970: 1_800_000_500),
                value: 2.5, target: 3.5, unit: LocalizedText("%"), detail: id == 2 ? "line 1: \"quoted\"\n" : nil)
        }
        return AlertBook(alerts: alerts, nextID: count + 5)
    }

    func file() -> AlertBookFile { AlertBookFile(directory: directory, sourceIDs: ["/srv/kota.json"]) }

    @Test func aSavedBookComesBackWhole() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let book = Self.book(count: 7)
        #expect(file().save(book) == nil)
        let loaded = file().load(capacity: 500)
        #expect(loaded.problem == nil)
        #expect(loaded.book == book)
        #expect(loaded.book.nextID == 12)
    }

    @Test func noFileIsAnEmptyBook() {
        let loaded = file().load(capacity: 500)
        #expect(loaded.problem == nil)
        #expect(loaded.book.alerts.isEmpty)
    }

    @Test func aLargerBookIsCutToTheLimitOnTheWayIn() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        file().save(Self.book(count: 40))
        let loaded = file().load(capacity: 10)
        #expect(loaded.book.alerts.count == 10)
        #expect(loaded.book.open.count == 10, "open alerts outlast ended ones")
    }

    @Test func otherSourcesKeepAnotherBook() {
        #expect(file().path != AlertBookFile(directory: directory, sourceIDs: ["/srv/lain.json"]).path)
        #expect(file().path.hasPrefix(directory + "/alerts-"))
    }

    @Test(arguments: [
        ("{\"format\": \"kotacerdas-alerts/1\", \"nextID\": 3, \"alerts\": [", "is not a valid alert file"),
        ("{\"format\": \"kotacerdas/v1\", \"nextID\": 1, \"alerts\": []}", "is not a kotacerdas-alerts/1 file"),
        ("{\"format\": \"kotacerdas-alerts/1\", \"nextID\": 1, \"alerts\": [{\"id\": 1, \"kind\": \"indicator\", "
            + "\"key\": \"k\", \"name\": {}, \"to\": \"panic\", \"started\": 0}]}", "unknown status \"panic\""),
        ("\u{0}\u{1}binary", "is not a valid alert file"),
    ])
    func aBrokenFileIsSetAsideWithAMessage(content: String, reason: String) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: file().path))
        let loaded = file().load(capacity: 500)
        #expect(loaded.book.alerts.isEmpty)
        let problem = try #require(loaded.problem)
        #expect(problem.contains(reason), "\(problem)")
        #expect(problem.contains("moved to"))
        #expect(!FileManager.default.fileExists(atPath: file().path))
        let aside = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1, "the broken file is kept for a person to read")
        #expect(file().save(Self.book(count: 2)) == nil, "and a new book is written in its place")
    }

    @Test func aReadOnlyLoadLeavesABrokenFileAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: file().path))
        let loaded = file().load(capacity: 500, setAside: false)
        #expect(loaded.problem?.contains("is not a valid alert file") == true)
        #expect(FileManager.default.fileExists(atPath: file().path))
    }

    @Test func anUnwritablePlaceIsAMessageNotACrash() throws {
        let blocked = AlertBookFile(path: "/proc/kotacerdas/alerts.json")
        let problem = try #require(blocked.save(Self.book(count: 1)))
        #expect(problem.contains("/proc/kotacerdas/alerts.json: cannot be written"))
    }
}
