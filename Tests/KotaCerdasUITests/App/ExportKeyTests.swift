import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// `e`: the screen saved as SVG and HTML, and the bottom bar saying where, or why not.
@Suite struct ExportKeyTests {
    let presenter = TestPresenter()

    func state() -> AppState {
        AppState(document: TestState.fixture, now: TestState.fixture.asOf?.instant ?? Date(), language: .english,
                 size: TerminalSize(width: 120, height: 40))
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kc-export-\(UUID().uuidString.prefix(8))").path
    }

    func bottomBar(_ program: DashboardProgram) -> String {
        program.present()
        let frame = presenter.frames.last!
        return frame.line(frame.height - 1)
    }

    @Test func theKeyAsksForAnExportAndNothingElse() {
        var state = state()
        let before = state
        #expect(update(&state, .input(.key(.character("e")))) == [.exportScreen])
        #expect(state == before)
    }

    @Test func bothFilesAreWrittenNeverOverwrittenAndNamedOnScreen() throws {
        let folder = temporaryFolder() + "/nested/exports"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let program = DashboardProgram(state: state(), themes: ThemeLibrary.bundled(), presenter: presenter, reload: {},
                                       exporter: ScreenExporter(folder: folder))
        program.present()
        #expect(program.send(.input(.key(.character("e")))) == .redraw)
        #expect(program.send(.input(.key(.character("e")))) == .redraw)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 4, "two exports, two files each, none overwritten: \(files)")
        #expect(files.allSatisfy { $0.hasPrefix("kotacerdas-") && ($0.hasSuffix(".svg") || $0.hasSuffix(".html")) })
        guard case .saved(let names)? = program.state.notice?.outcome else {
            Issue.record("expected a saved notice, found \(String(describing: program.state.notice))")
            return
        }
        #expect(names.count == 2 && files.contains(names[0]) && files.contains(names[1]))
        let bar = bottomBar(program)
        #expect(bar.contains("✓ Saved: \(names[0]) + .html"), "\(bar)")
        let svg = try String(contentsOfFile: folder + "/" + names[0], encoding: .utf8)
        #expect(SVGDocument(svg)?.rows.map(\.text) == (0..<40).map(presenter.frames[0].line),
                "the file holds the frame that was on screen")
    }

    @Test func anUnwritableFolderIsSaidOnScreenAndTheNoticeExpires() throws {
        let file = temporaryFolder()
        try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let program = DashboardProgram(state: state(), themes: ThemeLibrary.bundled(), presenter: presenter, reload: {},
                                       exporter: ScreenExporter(folder: file + "/exports"))
        _ = program.send(.input(.key(.character("e"))))
        let bar = bottomBar(program)
        #expect(bar.contains("✗ Export failed: \(file)"), "\(bar)")
        #expect(bar.contains("Not a directory") || bar.contains("…"), "\(bar)")
        let expires = try #require(program.state.notice?.expires)
        #expect(program.state.nextWakeUp(after: expires - 1) <= expires, "the loop wakes to take the notice away")
        _ = program.send(.tick(expires))
        #expect(program.state.notice == nil)
        #expect(bottomBar(program).contains("q quit"), "the hints are back")
    }
}
