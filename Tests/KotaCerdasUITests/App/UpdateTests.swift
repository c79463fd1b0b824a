import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// What a user notices after each key and mouse action: route, focus, selection,
/// filter, sort and language.
@Suite struct UpdateTests {
    private func press(_ keys: Key..., on state: inout AppState) -> [AppEffect] {
        press(keys, on: &state)
    }

    private func press(_ keys: [Key], on state: inout AppState) -> [AppEffect] {
        keys.flatMap { update(&state, .input(.key($0))) }
    }

    private func typing(_ text: String) -> [Key] { text.map(Key.character) }

    private func view(_ state: AppState, _ id: String = "governance") -> DimensionViewState {
        state.dimensionView(id)
    }

    @Test func arrowsMoveTheHomeFocusAcrossTheGrid() {
        var state = TestState.make(width: 80, height: 40)   // two columns
        #expect(state.homeFocusID == "governance")
        _ = press(.right, on: &state)
        #expect(state.homeFocusID == "environment")
        _ = press(.right, on: &state)
        #expect(state.homeFocusID == "environment", "the right edge stops the focus")
        _ = press(.left, .down, on: &state)
        #expect(state.homeFocusID == "mobility")
        _ = press(.up, on: &state)
        #expect(state.homeFocusID == "governance")
    }

    @Test func vimLettersMoveLikeTheArrows() {
        var state = TestState.make(width: 80, height: 40)   // two columns
        _ = press(.character("l"), on: &state)
        #expect(state.homeFocusID == "environment")
        _ = press(.character("h"), .character("j"), on: &state)
        #expect(state.homeFocusID == "mobility")
        _ = press(.character("k"), on: &state)
        #expect(state.homeFocusID == "governance")
        #expect(state.kiosk == nil, "lower-case k moves; capital K runs the kiosk")
    }

    @Test func enterOpensAndEscapeOrBackspaceGoBackOneLevel() {
        var state = TestState.make()
        _ = press(.right, .enter, on: &state)
        #expect(state.route == .dimension("environment"))
        _ = press(.enter, on: &state)
        #expect(state.route == .indicator(dimensionID: "environment", id: "env-waste"))
        _ = press(.escape, on: &state)
        #expect(state.route == .dimension("environment"))
        _ = press(.backspace, on: &state)
        #expect(state.route == .home)
        #expect(state.homeFocusID == "environment", "going back keeps the dimension focused")
        _ = press(.escape, on: &state)
        #expect(state.route == .home)
    }

    @Test func tabSwitchesTablesAndEnterOpensAProgramme() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press(.tab, on: &state)
        #expect(view(state).focusedTable == .programs)
        _ = press(.down, .enter, on: &state)
        #expect(state.route == .program(dimensionID: "governance", id: "gov-lapor"))
        _ = press(.escape, .backTab, on: &state)
        #expect(view(state).focusedTable == .indicators)
    }

    @Test func numbersJumpToADimension() {
        var state = TestState.make(route: .indicator(dimensionID: "governance", id: "gov-spbe"))
        _ = press(.character("3"), on: &state)
        #expect(state.route == .dimension("mobility"))
        _ = press(.character("9"), on: &state)
        #expect(state.route == .dimension("mobility"), "there is no ninth dimension")
    }

    @Test func slashFiltersByTypingEnterKeepsEscapeClears() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press([.character("/")] + typing("DATA"), on: &state)
        #expect(view(state).indicators.filter == "DATA")
        _ = press(.backspace, .enter, on: &state)
        #expect(view(state).indicators.filter == "DAT")
        #expect(!view(state).indicators.isEditingFilter)
        let ids = TableRows.ids(.indicators, of: state.document.dimensions[0], view: view(state), language: .indonesian)
        #expect(ids == ["gov-open-data"])
        _ = press(.enter, on: &state)
        #expect(state.route == .indicator(dimensionID: "governance", id: "gov-open-data"))
        _ = press(.escape, .character("/"), .character("x"), .escape, on: &state)
        #expect(view(state).indicators.filter == "")
        #expect(state.route == .dimension("governance"), "Esc while typing clears the filter, not the screen")
    }

    @Test func theFilterIgnoresCaseAndDiacritics() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press([.character("/")] + typing("dÁta"), on: &state)
        let ids = TableRows.ids(.indicators, of: state.document.dimensions[0], view: view(state), language: .indonesian)
        #expect(ids == ["gov-open-data"])
    }

    @Test func filterTypingTakesCommandKeysAsText() {
        var state = TestState.make(route: .dimension("governance"))
        let effects = press(.character("/"), .character("q"), .character("s"), on: &state)
        #expect(effects.isEmpty)
        #expect(view(state).indicators.filter == "qs")
        #expect(view(state).indicators.sortColumn == nil)
    }

    @Test func sCyclesTheSortColumnThroughEveryColumnAndBack() {
        var state = TestState.make(route: .dimension("governance"))
        var seen: [Int?] = []
        for _ in 0...IndicatorColumn.allCases.count {
            _ = press(.character("s"), on: &state)
            seen.append(view(state).indicators.sortColumn)
        }
        #expect(seen == IndicatorColumn.allCases.map(\.rawValue) + [nil])
        _ = press(.character("s"), .character("s"), .character("s"), .character("s"), on: &state)
        #expect(view(state).indicators.sortColumn == IndicatorColumn.status.rawValue)
        let ids = TableRows.ids(.indicators, of: state.document.dimensions[0], view: view(state), language: .indonesian)
        #expect(ids.first == "gov-open-data", "status sorts the worst first")
    }

    @Test func topBottomAndPagingMoveTheSelection() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press(.character("G"), on: &state)
        #expect(view(state).indicators.selectedID == "gov-response")
        _ = press(.character("g"), on: &state)
        #expect(view(state).indicators.selectedID == "gov-spbe")
        _ = press(.pageDown, on: &state)
        #expect(view(state).indicators.selectedID == "gov-response")
        _ = press(.pageUp, on: &state)
        #expect(view(state).indicators.selectedID == "gov-spbe")
        _ = press(.down, .down, .up, on: &state)
        #expect(view(state).indicators.selectedID == "gov-complaints")
    }

    @Test func questionMarkOpensHelpAndEscapeReturns() {
        var state = TestState.make(route: .dimension("environment"))
        _ = press(.character("?"), on: &state)
        #expect(state.route == .help)
        _ = press(.escape, on: &state)
        #expect(state.route == .dimension("environment"))
        _ = press(.character("?"), .character("?"), on: &state)
        #expect(state.route == .dimension("environment"))
    }

    @Test func themeLanguageReloadAndQuit() {
        var state = TestState.make()
        _ = press(.character("t"), on: &state)
        #expect(state.themeName == "light")
        _ = press(.character("t"), .character("t"), on: &state)
        #expect(state.themeName == "default")
        _ = press(.character("L"), on: &state)
        #expect(state.language == .english)
        _ = press(.character("L"), on: &state)
        #expect(state.language == .indonesian)
        #expect(press(.character("r"), on: &state) == [.reloadSources])
        #expect(press(.character("q"), on: &state) == [.quit])
        #expect(press(.control("c"), on: &state) == [.quit])
    }

    @Test func keysThatMeanNothingDoNothing() {
        var state = TestState.make()
        _ = press(.tab, .character("s"), .character("/"), .character("z"), .function(7), on: &state)
        #expect(state.route == .home)
        #expect(state.dimensionViews.isEmpty)
        var help = TestState.make(route: .help)
        _ = press(.down, .enter, on: &help)
        #expect(help.route == .help)
    }

    @Test func detailScreensSelectAndOpenTheirLinks() {
        var state = TestState.make(route: .indicator(dimensionID: "governance", id: "gov-spbe"))
        _ = press(.down, .enter, on: &state)
        #expect(state.route == .program(dimensionID: "governance", id: "gov-lapor"))
        _ = press(.enter, on: &state)
        #expect(state.route == .indicator(dimensionID: "governance", id: "gov-complaints"))
        _ = press(.escape, on: &state)
        #expect(state.route == .dimension("governance"))
        #expect(view(state).indicators.selectedID == "gov-complaints")
    }

    @Test func clickFocusesDoubleClickOpensWheelScrolls() {
        var state = TestState.make()
        let layout = HomeLayout(state: state)
        let third = layout.panels[2].rect
        _ = update(&state, .input(.mouse(MouseEvent(column: third.x + 3, row: third.y + 2, kind: .press))))
        #expect(state.homeFocusID == "mobility")
        #expect(state.route == .home)
        let first = layout.panels[0].rect
        _ = update(&state, .input(.mouse(MouseEvent(column: first.x + 3, row: first.y + 2, kind: .doubleClick))))
        #expect(state.route == .dimension("governance"))

        let programs = DimensionLayout(state: state, dimension: state.document.dimensions[0]).programs
        _ = update(&state, .input(.mouse(MouseEvent(column: 5, row: programs.rows.y + 1, kind: .press))))
        #expect(view(state).focusedTable == .programs)
        #expect(view(state).programs.selectedID == "gov-lapor")
        _ = update(&state, .input(.mouse(MouseEvent(column: 5, row: programs.rows.y, kind: .wheelUp))))
        #expect(view(state).programs.selectedID == "gov-satu-data")
        _ = update(&state, .input(.mouse(MouseEvent(column: 5, row: programs.rows.y, kind: .wheelDown))))
        #expect(view(state).programs.selectedID == "gov-lapor")
        _ = update(&state, .input(.mouse(MouseEvent(column: 5, row: programs.rows.y, kind: .doubleClick))))
        #expect(state.route == .program(dimensionID: "governance", id: "gov-satu-data"))
    }

    @Test func onADetailScreenClickSelectsDoubleClickOpensWheelMoves() throws {
        let document = TestState.fixture
        let (dimension, indicator) = try #require(document.dimensions.lazy.compactMap { dimension in
            dimension.indicators.first { DetailLinks.programs(linkedTo: $0.id, in: dimension).count >= 2 }
                .map { (dimension, $0) }
        }.first, "the fixture needs an indicator with two linked programmes")
        var state = TestState.make(route: .indicator(dimensionID: dimension.id, id: indicator.id))
        let targets = Screen.render(state).targets
        #expect(targets.count >= 2)
        let second = targets[1]
        let inside = Point(x: second.rect.x + 2, y: second.rect.y)
        _ = update(&state, .input(.mouse(MouseEvent(column: inside.x, row: inside.y, kind: .press))))
        #expect(state.detailSelectionID == second.id)
        _ = update(&state, .input(.mouse(MouseEvent(column: inside.x, row: inside.y, kind: .wheelUp))))
        #expect(state.detailSelectionID == targets[0].id)
        _ = update(&state, .input(.mouse(MouseEvent(column: 0, row: 0, kind: .press))))
        #expect(state.detailSelectionID == targets[0].id, "a click on nothing changes nothing")
        _ = update(&state, .input(.mouse(MouseEvent(column: inside.x, row: inside.y, kind: .doubleClick))))
        #expect(state.route == .program(dimensionID: dimension.id, id: second.id))
    }

    @Test func theWheelScrollsTheOneColumnHome() {
        var state = TestState.make(width: 60, height: 20)
        _ = update(&state, .input(.mouse(MouseEvent(column: 1, row: 3, kind: .wheelDown))))
        #expect(state.homeFocusID == "environment")
        _ = update(&state, .input(.mouse(MouseEvent(column: 1, row: 3, kind: .wheelDown))))
        #expect(state.homeFocusID == "mobility")
        #expect(HomeLayout(state: state).panels.contains { $0.index == 2 }, "the focused panel is scrolled into view")
    }

    @Test func resizingBelowTheMinimumAndBackRestoresTheView() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press(.down, .down, on: &state)
        let before = Screen.render(state)
        _ = update(&state, .input(.resize(width: 30, height: 8)))
        #expect(Screen.render(state).plainText.contains("40×12"))
        _ = press(.up, .enter, on: &state)
        _ = update(&state, .input(.resize(width: 120, height: 40)))
        #expect(state.route == .dimension("governance"))
        #expect(Screen.render(state) == before)
    }

    @Test func dataChangesKeepTheRouteAndSelectionByID() {
        var state = TestState.make(route: .dimension("governance"))
        _ = press(.down, on: &state)
        #expect(view(state).indicators.selectedID == "gov-complaints")
        var document = state.document
        document.dimensions[0].indicators.swapAt(0, 1)
        _ = update(&state, .dataChanged(document, state.sources))
        #expect(view(state).indicators.selectedID == "gov-complaints")
        document.dimensions[0].indicators.removeAll { $0.id == "gov-complaints" }
        _ = update(&state, .dataChanged(document, state.sources))
        #expect(view(state).indicators.selectedID == "gov-spbe", "a vanished row gives way to its neighbour")
        #expect(state.route == .dimension("governance"))
    }

    @Test func aRouteWhoseEntityVanishedFallsBackOneLevel() {
        var state = TestState.make(route: .indicator(dimensionID: "environment", id: "env-pm25"))
        var document = state.document
        document.dimensions[1].indicators.removeLast()
        _ = update(&state, .dataChanged(document, state.sources))
        #expect(state.route == .dimension("environment"))
        document.dimensions.remove(at: 1)
        _ = update(&state, .dataChanged(document, state.sources))
        #expect(state.route == .home)
    }

    @Test func ticksMoveTheClockOnly() {
        var state = TestState.make()
        let later = state.now.addingTimeInterval(600)
        #expect(update(&state, .tick(later)).isEmpty)
        #expect(state.now == later)
        #expect(state.route == .home)
    }

    @Test func routePathsNameEveryScreenAndListWhatIsValid() throws {
        let document = TestState.fixture
        let paths: [(String, Route)] = [
            ("home", .home), ("help", .help), ("mobility", .dimension("mobility")),
            ("governance/indicators/gov-spbe", .indicator(dimensionID: "governance", id: "gov-spbe")),
            ("mobility/programs/mob-halte", .program(dimensionID: "mobility", id: "mob-halte")),
        ]
        for (path, route) in paths {
            #expect(try RoutePath.route(path, in: document) == route)
        }
        let error = #expect(throws: RoutePath.Error.self) { try RoutePath.route("nowhere", in: document) }
        #expect(error?.description.contains("governance, environment, mobility") == true)
    }
}
