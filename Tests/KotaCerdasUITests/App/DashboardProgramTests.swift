import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Keeps what a program shows, as ratatui's `TestBackend`: every frame and every theme.
final class TestPresenter: FramePresenter {
    private(set) var frames: [CellBuffer] = []
    private(set) var themes: [Theme] = []

    func present(_ frame: CellBuffer) { frames.append(frame) }
    func setTheme(_ theme: Theme) { themes.append(theme) }
}

/// The runtime without a terminal: events in, frames, themes and effects out.
@Suite struct DashboardProgramTests {
    let presenter = TestPresenter()

    private func program(_ state: AppState, reload: @escaping () -> Void = {}) -> DashboardProgram {
        DashboardProgram(state: state, themes: ThemeLibrary.bundled(), presenter: presenter, reload: reload)
    }

    private func waiting(for view: String) -> AppState {
        var state = AppState(document: nil, now: TestState.fixture.asOf?.instant ?? Date(), language: .english,
                             size: TerminalSize(width: 120, height: 40))
        state.pendingView = view
        return state
    }

    @Test func aViewAskedForBeforeTheDataOpensWhenTheDataComes() throws {
        let program = program(waiting(for: "environment"))
        program.present()
        #expect(presenter.frames.last?.plainText.contains("Waiting for data") == true)
        #expect(program.send(.dataChanged(TestState.fixture, [])) == .redraw)
        program.present()
        let frame = try #require(presenter.frames.last)
        #expect(frame.line(1).contains("Kota Uji › Smart Environment"))
        #expect(program.notes.isEmpty)
    }

    @Test func aViewTheDataLacksIsToldAfterTheTerminalIsRestored() {
        let program = program(waiting(for: "nowhere"))
        _ = program.send(.dataChanged(TestState.fixture, []))
        #expect(program.state.route == .home)
        #expect(program.notes.count == 1)
        #expect(program.notes.first?.hasPrefix("--view: unknown view \"nowhere\"") == true)
    }

    @Test func tShowsTheNextThemeThroughThePresenter() {
        let program = program(TestState.make())
        #expect(program.send(.input(.key(.character("t")))) == .redraw)
        #expect(presenter.themes.map(\.name) == ["light"])
    }

    @Test func aUserThemeBrokenAfterStartIsReplacedByTheBuiltInOneWithANote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kantor.theme")
        try StyleRole.allCases.map { "\($0.name) = bold" }.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
        let library = ThemeLibrary.standard(userFolder: folder)
        var state = TestState.make()
        state.themeNames = library.usableNames
        state.themeName = "high-contrast"
        let program = DashboardProgram(state: state, themes: library, presenter: presenter) {}

        try "ok = bold\n".write(to: file, atomically: false, encoding: .utf8)
        _ = program.send(.input(.key(.character("t"))))
        #expect(presenter.themes.map(\.name) == ["built-in"])
        #expect(program.notes.first?.contains("missing role 'normal'") == true, "\(program.notes)")
    }

    @Test func aKeyThatMeansNothingDrawsNothing() {
        let program = program(TestState.make())
        #expect(program.send(.input(.key(.function(7)))) == .unchanged)
    }

    @Test func aClickIsAnsweredFromTheFrameOnScreen() throws {
        let program = program(TestState.make(width: 80, height: 40))
        program.present()
        let mobility = try #require(presenter.frames.last?.targets.first { $0.id == "mobility" })
        // The terminal shrinks; until the next frame is shown, the user still sees the
        // old one, so the click means the panel they clicked.
        _ = program.send(.input(.resize(width: 40, height: 40)))
        _ = program.send(.input(.mouse(MouseEvent(column: mobility.rect.x + 2, row: mobility.rect.y + 1, kind: .press))))
        #expect(program.state.homeFocusID == "mobility")
    }

    @Test func aResizeIsDrawnAtTheNewSize() {
        let program = program(TestState.make())
        #expect(program.send(.input(.resize(width: 80, height: 24))) == .redraw)
        program.present()
        #expect(presenter.frames.last?.width == 80)
        #expect(presenter.frames.last?.height == 24)
    }

    @Test func rReloadsTheSourcesAndQQuits() {
        var reloads = 0
        let program = program(TestState.make()) { reloads += 1 }
        _ = program.send(.input(.key(.character("r"))))
        #expect(reloads == 1)
        #expect(program.send(.input(.key(.character("q")))) == .quit)
    }
}
