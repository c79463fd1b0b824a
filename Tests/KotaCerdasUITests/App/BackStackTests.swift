import KotaCerdasUI
import Testing

/// Help and the sources open over whatever is shown and Esc unwinds them in order, back
/// to where the user was.
@Suite struct BackStackTests {
    private func press(_ keys: Key..., on state: inout AppState) {
        for key in keys { _ = update(&state, .input(.key(key))) }
    }

    @Test func helpOverTheSourcesClosesBackToTheSourcesThenToTheScreen() {
        var state = TestState.make(language: .english, route: .dimension("environment"))
        press(.character("i"), .character("?"), on: &state)
        #expect(state.route == .help)
        let frame = Screen.render(state)
        #expect(frame.line(1).contains("Data sources"), "the sources stay visible under the help")
        #expect(frame.plainText.contains("Esc closes the help"))
        press(.escape, on: &state)
        #expect(state.route == .sources)
        press(.escape, on: &state)
        #expect(state.route == .dimension("environment"))
        #expect(state.overlays.isEmpty)
    }

    @Test func theSourcesKeyOnTheHelpReplacesIt() {
        var state = TestState.make(route: .indicator(dimensionID: "governance", id: "gov-spbe"))
        press(.character("?"), .character("i"), on: &state)
        #expect(state.backStack == [.indicator(dimensionID: "governance", id: "gov-spbe"), .sources])
        press(.escape, on: &state)
        #expect(state.route == .indicator(dimensionID: "governance", id: "gov-spbe"))
    }

    @Test func goingSomewhereElseClosesEverythingOpenOverTheScreen() {
        var state = TestState.make(route: .dimension("environment"))
        press(.character("i"), .character("?"), .character("3"), on: &state)
        #expect(state.backStack == [.dimension("mobility")])
    }
}
