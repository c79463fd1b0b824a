import Foundation
import Testing

/// Portals and spreadsheets as sources, through the real binary: a CKAN resource served by
/// a portal on 127.0.0.1 that pages as CKAN does, and a CSV file an official saves.
///
/// `ScriptedServer.swift` and `CKANPortal.swift` here are links to the data tests' own,
/// so both suites run against the same portal.
@Suite(.endToEndSlot)
struct TabularSourceTests {
    static let fixtures = App.packageRoot.appendingPathComponent("Tests/KotaCerdasDataTests/Fixtures")
    static let kaltim = fixtures.appendingPathComponent("ckan/datastore_search.kaltimprov-retribusi.json").path
    static let inhil = fixtures.appendingPathComponent("ckan/datastore_search.inhilkab-kelas-jalan.json").path
    static let sumenepLong = fixtures.appendingPathComponent("csv/sumenep-long.csv").path

    static func run(_ arguments: [String], in sandbox: Sandbox) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await CommandTests.run(arguments, in: sandbox)
    }

    /// The text inside the home-screen panel titled `title`: the rows below its top border,
    /// between its side borders, down to its bottom border.
    static func panel(_ title: String, in screen: String) -> String? {
        let rows = DashboardTests.rows(screen).map { Array($0) }
        let marker = Array("─ \(title) ")
        for (number, row) in rows.enumerated() {
            guard let titleStart = (0...max(0, row.count - marker.count)).first(where: { Array(row[$0..<min(row.count, $0 + marker.count)]) == marker }),
                  let left = row[..<titleStart].lastIndex(of: "╭"), let right = row[titleStart...].firstIndex(of: "╮") else { continue }
            var lines: [String] = []
            for below in rows[(number + 1)...] {
                guard below.count > right, below[left] != "╰" else { break }
                lines.append(String(below[(left + 1)..<right]))
            }
            return lines.joined(separator: "\n")
        }
        return nil
    }

    @Test func aCKANResourceShowsInTheDimensionTheConfigNames() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let portal = CKANPortal(try .replaying(answer: Self.kaltim))
        let server = try await ScriptedServer.start { portal.answer($0) }
        defer { Task { await server.stop() } }
        let config = sandbox.path("config/kaltim.toml")
        try """
            [city]
            name = "Provinsi Kalimantan Timur"

            [[sources]]
            location = "\(portal.location(server))"
            [sources.ckan]
            dimension = "economy"
            """.write(toFile: config, atomically: false, encoding: .utf8)
        let result = try await Self.run(["snapshot", "--config", config, "--size", "120x40", "--lang", "en"], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let economy = try #require(Self.panel("Smart Economy", in: result.stdout), "\(result.stdout)")
        for name in ["Retribusi Jasa Umum", "Retribusi Jasa Usaha", "Retribusi Perizinan Tertentu"] {
            #expect(economy.contains(name), "\(name) in the economy panel:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("Provinsi Kalimantan Timur"))
        let governance = try #require(Self.panel("Smart Governance", in: result.stdout))
        #expect(!governance.contains("Retribusi"))
    }

    @Test func withoutAConfigTheResourceHasADimensionOfItsOwn() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let portal = CKANPortal(try .replaying(answer: Self.inhil))
        let server = try await ScriptedServer.start { portal.answer($0) }
        defer { Task { await server.stop() } }
        let result = try await Self.run(
            ["snapshot", "--source", portal.location(server), "--size", "160x50", "--lang", "en"], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let own = try #require(Self.panel("Other (ckan-795cb393)", in: result.stdout), "\(result.stdout)")
        #expect(own.contains("Kelas Class I"), "\(own)")
        // The dimension's own screen lists every row of the resource but the total.
        let dimension = try await Self.run(
            ["snapshot", "--source", portal.location(server), "--view", "ckan-795cb393", "--size", "120x30", "--lang", "en"], in: sandbox)
        #expect(dimension.status == 0, "\(dimension.stderr)")
        let row = dimension.stdout.split(separator: "\n").first { $0.contains("Kelas Class III B") }
        #expect(row?.contains("391.98") == true, "\(dimension.stdout)")
        #expect(dimension.stdout.contains("Indicators  7"), "\(dimension.stdout)")
        #expect(!dimension.stdout.contains("Jumlah Total"), "the total row is no indicator")
    }

    @Test func aCSVFileShowsItsIndicatorsInTheirDimensions() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = try sandbox.copySample(named: "kota.csv", from: Self.sumenepLong)
        let result = try await Self.run(["snapshot", "--source", path, "--size", "160x50", "--lang", "en"], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let economy = try #require(Self.panel("Smart Economy", in: result.stdout), "\(result.stdout)")
        #expect(economy.contains("Persentase penduduk miskin"), "\(economy)")
        #expect(economy.contains("17.78 percent"), "\(economy)")
        let society = try #require(Self.panel("Smart Society", in: result.stdout))
        #expect(society.contains("Indeks Pembangunan Manusia (IPM)"), "\(society)")
        #expect(society.contains("69.78"), "\(society)")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"))
    func aSavedSpreadsheetChangesTheDashboard() async throws {
        let sandbox = try Sandbox()
        let path = try sandbox.copySample(named: "kota.csv", from: Self.sumenepLong)
        let app = try Dashboard(["--source", path, "--view", "economy", "--lang", "en"], sandbox: sandbox)
        defer { app.stop(); sandbox.remove() }
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.contains("Persentase penduduk miskin") }.map(String.init) ?? "" }
        try await app.tmux.waitFor("the poverty rate from the spreadsheet") { row($0).contains("17.78 percent") }

        let original = try String(contentsOfFile: path, encoding: .utf8)
        let saved = original.replacingOccurrences(of: ",2024,17.78,", with: ",2024,16.99,")
        #expect(saved != original)
        try sandbox.save(saved, to: path)
        let screen = try await app.tmux.waitFor("the saved value on screen", timeout: .seconds(3)) { row($0).contains("16.99 percent") }
        #expect(DashboardTests.statusBar(screen).contains("all ok"), "\(screen)")
    }

    @Test func validateShowsWhatASpreadsheetMapsToAndWhatItSkipped() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.path("data/kota.csv")
        try """
            indikator;tanggal;nilai;satuan;dimensi
            IPM;2023;69,14;indeks;society
            IPM;2024;69,78;indeks;society
            Kemiskinan;2024;n/a;persen;economy
            Kemiskinan;2023;18,70;persen;economy
            Jumlah;2024;1.000;;economy
            """.write(toFile: path, atomically: false, encoding: .utf8)
        let result = try await Self.run(["validate", path], in: sandbox)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(path) (CSV): 5 rows · 3 mapped · 2 skipped (value not a number: 1; total row: 1) · delimiter \";\"")
        #expect(lines.contains("  society — Smart Society: 1 indicator(s)"), "\(result.stdout)")
        #expect(lines.contains("    ipm  IPM = 69.78 indeks (at 2024), 2 points of history"), "\(result.stdout)")
        #expect(lines.contains("    kemiskinan  Kemiskinan = 18.7 persen (at 2023), 1 points of history"), "\(result.stdout)")
        #expect(lines.contains("  skipped line 4: value not a number"))
        #expect(lines.contains("  skipped line 6: total row"))
    }

    @Test func validateShowsWhatACKANResourceMapsTo() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let portal = CKANPortal(try .replaying(answer: Self.inhil), rowsMax: 3)
        let server = try await ScriptedServer.start { portal.answer($0) }
        defer { Task { await server.stop() } }
        let result = try await Self.run(["validate", "--source", portal.location(server)], in: sandbox)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("(CKAN): 8 records · 7 mapped · 1 skipped (total row: 1)"), "\(result.stdout)")
        #expect(result.stdout.contains("  ckan-795cb393 — Other (ckan-795cb393): 7 indicator(s)"), "\(result.stdout)")
        #expect(result.stdout.contains("    kelas-class-iii-b  Kelas Class III B = 391.98 (at 2011), 4 points of history"), "\(result.stdout)")
        #expect(result.stdout.contains("  skipped _id 8: total row"))
        #expect(portal.requests.map(\.offset) == ["0", "3", "6"], "short pages from the portal's row cap")

        let missing = try await Self.run(
            ["validate", "--source", "ckan+http://127.0.0.1:\(server.port)/api/3/action/datastore_search?resource_id=nope"], in: sandbox)
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("cannot be read: HTTP 404 Not Found: CKAN Not Found Error: Not found: Resource \"nope\" was not found."),
                "\(missing.stdout)")
    }
}
