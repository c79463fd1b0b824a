import Foundation
import Glibc
import KotaCerdasCore

/// The alert book on disk, so a restarted wall still shows what happened overnight:
/// `<cache directory>/alerts-<hash of the source ids>.json`, one file per set of sources
/// as the snapshot cache has. Versioned (`"format": "kotacerdas-alerts/1"`), written
/// atomically, bounded on the way in and out. A file that cannot be read as an alert book
/// is renamed aside (`….corrupt-<time>`) with a message, and the wall starts empty.
public struct AlertBookFile: Sendable {
    public let path: String

    /// The format word written and accepted.
    public static let format = "kotacerdas-alerts/1"
    /// A larger file is no alert book of ours (500 alerts take about 200 KiB).
    static let sizeLimit = 16 * 1024 * 1024

    public init(path: String) {
        self.path = path
    }

    /// The book of the sources `configuration` reads, in `directory`.
    public init(directory: String, configuration: Configuration) {
        self.init(directory: directory, sourceIDs: configuration.sources.map(\.spec.id))
    }

    public init(directory: String, sourceIDs: [String]) {
        let key = StableHash.hex(sourceIDs.joined(separator: "\n").utf8)
        self.init(path: URL(fileURLWithPath: directory).appendingPathComponent("alerts-" + key + ".json").path)
    }

    /// What loading found: the book (empty when there was no file or it was set aside)
    /// and, when something was wrong, a sentence saying what and where the file went.
    public struct Loaded: Sendable {
        public var book: AlertBook
        public var problem: String?
    }

    /// The book on disk, at most `capacity` alerts. A file that is not one is renamed
    /// aside when `setAside` (the dashboard, which will write a new one), else left alone.
    public func load(capacity: Int, setAside: Bool = true) -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else { return Loaded(book: AlertBook(capacity: capacity)) }
        do {
            let bytes = try FileReader.read(path: path, limit: Self.sizeLimit)
            let stored = try JSONDecoder().decode(StoredBook.self, from: Data(bytes))
            guard stored.format == Self.format else {
                return setAsideFile(
                    "is not a \(Self.format) file (format \"\(stored.format)\")", capacity: capacity, moving: setAside)
            }
            let alerts = try stored.alerts.map { try $0.alert() }
            return Loaded(book: AlertBook(alerts: alerts, nextID: stored.nextID, capacity: capacity))
        } catch let error as FileReader.ReadError {
            return setAsideFile(error.reason, capacity: capacity, moving: setAside)
        } catch let error as StoredAlert.Invalid {
            return setAsideFile(error.reason, capacity: capacity, moving: setAside)
        } catch {
            return setAsideFile("is not a valid alert file", capacity: capacity, moving: setAside)
        }
    }

    /// Writes `book` beside the file and renames it over. Returns why it failed, or nil.
    @discardableResult
    public func save(_ book: AlertBook) -> String? {
        let stored = StoredBook(format: Self.format, nextID: book.nextID, alerts: book.alerts.map(StoredAlert.init))
        let temporary = path + ".tmp-\(getpid())"
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(stored).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            return "\(path): cannot be written (\(error.localizedDescription))"
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "\(path): cannot be written (\(reason))"
        }
        return nil
    }

    private func setAsideFile(_ reason: String, capacity: Int, moving: Bool) -> Loaded {
        let aside = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
        guard moving else { return Loaded(book: AlertBook(capacity: capacity), problem: "\(path): \(reason)") }
        let moved = rename(path, aside) == 0
        let outcome = moved ? "moved to \(aside); starting with no alerts" : "left in place; starting with no alerts"
        return Loaded(book: AlertBook(capacity: capacity), problem: "\(path): \(reason); \(outcome)")
    }
}

/// The file's shape: plain words and numbers, so it reads well and survives versions.
private struct StoredBook: Codable {
    var format: String
    var nextID: Int
    var alerts: [StoredAlert]
}

private struct StoredAlert: Codable {
    struct Invalid: Error {
        let reason: String
    }

    var id: Int
    var kind: String
    var key: String
    var name: [String: String]
    var dimension: String?
    var from: String?
    var to: String
    var started: Double
    var ended: Double?
    var value: Double?
    var target: Double?
    var unit: [String: String]?
    var detail: String?

    init(_ alert: Alert) {
        id = alert.id
        kind = alert.subject.kind.rawValue
        key = alert.subject.key
        name = alert.subject.name.byLanguage
        dimension = alert.subject.dimensionID
        from = alert.from?.word
        to = alert.to.word
        started = alert.started.timeIntervalSince1970
        ended = alert.ended?.timeIntervalSince1970
        value = alert.value
        target = alert.target
        unit = alert.unit?.byLanguage
        detail = alert.detail
    }

    func alert() throws(Invalid) -> Alert {
        guard let kind = AlertSubject.Kind(rawValue: kind) else { throw Invalid(reason: "alert \(id): unknown kind \"\(kind)\"") }
        guard let to = AlertStatus(word: to) else { throw Invalid(reason: "alert \(id): unknown status \"\(to)\"") }
        var previous: AlertStatus?
        if let from {
            guard let status = AlertStatus(word: from) else { throw Invalid(reason: "alert \(id): unknown status \"\(from)\"") }
            previous = status
        }
        guard started.isFinite, ended?.isFinite ?? true else { throw Invalid(reason: "alert \(id): time is not a number") }
        return Alert(
            id: id, subject: AlertSubject(kind: kind, key: key, name: LocalizedText(byLanguage: name), dimensionID: dimension),
            from: previous, to: to, started: Date(timeIntervalSince1970: started),
            ended: ended.map(Date.init(timeIntervalSince1970:)), value: value, target: target,
            unit: unit.map(LocalizedText.init(byLanguage:)), detail: detail)
    }
}
