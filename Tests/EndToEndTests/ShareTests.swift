import Foundation
import Testing

/// Sharing as a person does it: `e` in the live dashboard, `snapshot --format svg|html`
/// and `export` to a spreadsheet, all through the real binary.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"), .endToEndSlot)
struct ShareTests {
    @Test func theExportKeySavesTheScreenAndSaysTheFileName() async throws {
        let app = try Dashboard()
        defer { app.stop() }
        try await DashboardTests.waitForHome(app)
        try await app.tmux.type("e")
        let screen = try await app.tmux.waitFor("the export's file name") {
            DashboardTests.statusBar($0).contains("✓ Saved: kotacerdas-sumenep-home-")
        }
        let folder = app.sandbox.path("home/.local/share/kotacerdas/exports")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 2 && files.contains { $0.hasSuffix(".svg") } && files.contains { $0.hasSuffix(".html") })
        let svgName = try #require(files.first { $0.hasSuffix(".svg") })
        #expect(DashboardTests.statusBar(screen).contains(svgName), "the bar names the file: \(DashboardTests.statusBar(screen))")
        let svg = try String(contentsOfFile: folder + "/" + svgName, encoding: .utf8)
        #expect(svg.components(separatedBy: "<text ").count - 1 == 40, "one text row per terminal line")
        #expect(svg.contains("Kabupaten Sumenep"))
    }

    @Test func aReadOnlyExportFolderIsSaidOnScreen() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // A file where the folder should be: refused even for root, unlike permissions.
        try "x".write(toFile: sandbox.path("data/taken"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: sandbox.path("config/kotacerdas"), withIntermediateDirectories: true)
        try "[export]\nfolder = \"\(sandbox.path("data/taken/exports"))\"\n"
            .write(toFile: sandbox.path("config/kotacerdas/config.toml"), atomically: true, encoding: .utf8)
        let app = try Dashboard(width: 160, sandbox: sandbox)
        defer { app.stop() }
        try await DashboardTests.waitForHome(app)
        try await app.tmux.type("e")
        let screen = try await app.tmux.waitFor("the export's failure") {
            DashboardTests.statusBar($0).contains("✗ Export failed:")
        }
        #expect(DashboardTests.statusBar(screen).contains("Not a directory"), "\(DashboardTests.statusBar(screen))")
        #expect(app.exitStatus == nil, "the dashboard carries on")
    }

    @Test func snapshotWritesSVGAndHTMLOfTheSameFrame() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let text = try await CommandTests.run(["snapshot", "--view", "governance", "--size", "100x30", "--format", "text"], in: sandbox)
        let svg = try await CommandTests.run(["snapshot", "--view", "governance", "--size", "100x30", "--format", "svg"], in: sandbox)
        let html = try await CommandTests.run(["snapshot", "--view", "governance", "--size", "100x30", "--format", "html"], in: sandbox)
        #expect(text.status == 0 && svg.status == 0 && html.status == 0, "\(svg.stderr) \(html.stderr)")
        #expect(svg.stdout.hasPrefix("<?xml") && svg.stdout.contains("width=\"900\" height=\"510\""))
        #expect(svg.stdout.components(separatedBy: "<text ").count - 1 == 30)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<pre>"))
        #expect(!text.stdout.contains("<"), "--format text stays plain text")
    }

    @Test func exportWritesATableASpreadsheetInIndonesianOpens() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.path("data/tata-pamong.csv")
        let result = try await CommandTests.run(
            ["export", "--view", "1", "--table", "indicators", "--locale", "id", "--output", file], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("dimension;id;name;value;unit;target") == true)
        #expect(lines.contains { $0.hasPrefix("governance;gov-spbe-index;") && $0.contains(";3,12;") },
                "decimal commas, the raw value: \(lines.prefix(3))")
        let refused = try await CommandTests.run(["export", "--view", "nowhere"], in: sandbox)
        #expect(refused.status == 2 && refused.stderr.contains("1 governance"))
        let unwritable = try await CommandTests.run(["export", "--view", "1", "--output", sandbox.path("data/none/x.csv")], in: sandbox)
        #expect(unwritable.status == 1 && unwritable.stderr.contains("cannot write"))
    }
}
