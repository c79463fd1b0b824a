import KotaCerdasUI
import Testing

/// `:` from anywhere, typing narrows, Enter opens, Esc comes back to where the user was.
@Suite struct PaletteKeysTests {
    private func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { _ = update(&state, .input(.key(key))) }
    }

    private func type(_ text: String, on state: inout AppState) {
        press(text.map(Key.character), on: &state)
    }

    @Test func typingOpensTheBestMatchAndEscReturnsToWhereTheUserWas() {
        var state = TestState.make(language: .english, route: .dimension("environment"))
        type(":spbe", on: &state)
        #expect(state.route == .palette)
        #expect(state.palette.query == "spbe")
        press([.enter], on: &state)
        #expect(state.backStack == [.indicator(dimensionID: "governance", id: "gov-spbe")])
        press([.escape], on: &state)
        #expect(state.backStack == [.dimension("environment")], "back to where the palette was opened, not the indicator's dimension")
        press([.escape], on: &state)
        #expect(state.route == .home, "then the usual way up")
    }

    @Test func thePagesOpenUnderThePaletteComeBackToo() {
        var state = TestState.make(route: .home)
        press([.character("i")], on: &state)
        type(":lingkungan", on: &state)
        press([.enter], on: &state)
        #expect(state.route == .dimension("environment"))
        press([.escape], on: &state)
        #expect(state.backStack == [.home, .sources])
    }

    @Test func leavingTheOpenedScreenForgetsTheWayBack() {
        var state = TestState.make(route: .dimension("environment"))
        type(":spbe", on: &state)
        press([.enter, .character("?"), .escape], on: &state)
        #expect(state.route == .indicator(dimensionID: "governance", id: "gov-spbe"), "the help comes and goes")
        press([.character("2")], on: &state)
        press([.enter], on: &state)
        press([.escape, .escape], on: &state)
        #expect(state.route == .home, "a screen reached some other way goes up as usual")
    }

    @Test func escClosesThePaletteAndBackspaceEditsTheQuery() {
        var state = TestState.make(route: .dimension("governance"))
        type(":spbz", on: &state)
        #expect(Screen.render(state).plainText.contains("“spbz”"), "says nothing matches")
        press([.backspace, .character("e")], on: &state)
        #expect(state.palette.query == "spbe")
        press([.escape], on: &state)
        #expect(state.backStack == [.dimension("governance")])
        press([.character(":")], on: &state)
        #expect(state.palette.query.isEmpty, "a palette opens empty")
    }

    @Test func lettersThatAreKeysElsewhereAreTextInThePalette() {
        var state = TestState.make(route: .home)
        type(":qi?t", on: &state)
        #expect(state.route == .palette)
        #expect(state.palette.query == "qi?t")
        #expect(state.themeName == "default")
    }

    @Test func downMovesTheSelectionAndEnterOpensIt() {
        var state = TestState.make(language: .english, route: .home)
        press([.character(":")], on: &state)
        press([.down, .down, .up, .down, .pageDown], on: &state)
        let count = state.document.dimensions.count
        #expect(state.palette.selected == count - 1, "an empty query lists every dimension; PgDn stops at the last")
        press([.enter], on: &state)
        #expect(state.route == .dimension(state.document.dimensions[count - 1].id))
    }

    @Test func aClickSelectsAResultAndADoubleClickOpensIt() throws {
        var state = TestState.make(language: .english, route: .home)
        press([.character(":")], on: &state)
        let frame = Screen.render(state)
        let row = try #require((0..<frame.height).first { frame.line($0).contains("◆ Smart Environment") })
        let line = frame.line(row)
        let x = String(line[..<(try #require(line.firstRange(of: "Smart Environment"))).lowerBound]).displayWidth
        _ = update(&state, .input(.mouse(MouseEvent(column: x, row: row, kind: .doubleClick))), frame: frame)
        #expect(state.route == .dimension("environment"))
    }

    @Test func newDataWithFewerResultsKeepsTheSelectionOnTheList() {
        var state = TestState.make(language: .english, route: .home)
        press([.character(":"), .pageDown], on: &state)
        var fewer = state.document
        fewer.dimensions.removeLast(fewer.dimensions.count - 1)
        _ = update(&state, .dataChanged(fewer, state.sources))
        #expect(Screen.render(state).plainText.contains(fewer.dimensions[0].name.text(in: .english)))
        press([.enter], on: &state)
        #expect(state.route == .dimension(fewer.dimensions[0].id), "the last result, shown selected, opens")
    }

    @Test func theQueryCannotGrowWithoutBound() {
        var state = TestState.make(route: .home)
        type(":" + String(repeating: "a", count: 5_000), on: &state)
        #expect(state.palette.query.count == 200)
    }
}
