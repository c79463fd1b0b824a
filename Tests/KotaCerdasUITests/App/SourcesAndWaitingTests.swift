import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// What the user sees about the data's health: the sources screen, the waiting screen
/// before any data, and stale or cached data marked as such.
@Suite struct SourcesAndWaitingTests {
    private func text(_ state: AppState) -> String { Screen.render(state).plainText }

    @Test func iOpensTheSourcesAndEscapeReturnsWhereTheUserWas() throws {
        var state = TestState.make(route: .dimension("environment"))
        _ = update(&state, .input(.key(.character("i"))))
        #expect(state.route == .sources)
        #expect(text(state).contains("Sumber data"))
        _ = update(&state, .input(.key(.escape)))
        #expect(state.route == .dimension("environment"))
        _ = update(&state, .input(.key(.character("i"))))
        _ = update(&state, .input(.key(.character("i"))))
        #expect(state.route == .dimension("environment"), "i closes it again")
        #expect(try RoutePath.route("sources", in: state.document) == .sources)
    }

    @Test func theHelpListsTheSourcesAndKioskKeysInBothLanguages() {
        for (language, words) in [(Language.indonesian, ["kesehatan sumber data", "putar tampilan"]),
                                  (.english, ["health of the data sources", "kiosk rotation"])] {
            let help = text(TestState.make(language: language, route: .help))
            for word in words { #expect(help.contains(word), "\(language): \(word)") }
        }
    }

    @Test func theBottomBarHintsTheSourcesKey() {
        var state = TestState.make(language: .english)
        state.sources = TestState.mixedSources(at: state.now)
        #expect(Screen.render(state).line(39).contains("i 4 sources · 1 failing · 1 stale"))
    }

    @Test func failingAndStaleSourcesMarkEveryPanelAndTheTitleBar() {
        let marks = { (state: AppState) in self.text(state).components(separatedBy: "! stale · updated").count - 1 }
        var state = TestState.make(language: .english)
        #expect(marks(state) == 1, "with healthy sources only the environment panel, last updated in August, is stale")
        #expect(!Screen.render(state).line(0).contains("failing"))
        state.sources = TestState.mixedSources(at: state.now)
        #expect(Screen.render(state).line(0).contains("✗ 1 source failing"))
        #expect(marks(state) == 3)
    }

    @Test func cachedDataIsNamedOnThePanelsAndAtTheTopOfTheSources() {
        var state = TestState.make(language: .english)
        state.sources = [SourceStatus(id: "cache", kind: .cache, location: "~/.cache/kotacerdas/last.json",
                                      lastSuccess: state.now - 3 * 3_600)]
        #expect(text(state).contains("! cached · updated"))
        state.route = .sources
        #expect(text(state).contains("Showing cached data from 3 h ago: live sources have not answered yet"))
    }

    @Test func startingWithoutDataWaitsCalmlyThenShowsHomeFocusedOnTheFirstDimension() {
        let now = TestState.fixture.asOf?.instant ?? Date()
        var state = AppState(
            document: nil, sources: [TestState.mixedSources(at: now)[1]], now: now, language: .english,
            size: TerminalSize(width: 120, height: 40))
        #expect(state.isWaitingForData)
        let waiting = text(state)
        #expect(waiting.contains("Waiting for data…"))
        #expect(waiting.contains("HTTP 503 Service Unavailable"))
        _ = update(&state, .input(.key(.enter)))
        _ = update(&state, .input(.key(.down)))
        #expect(state.route == .home, "keys on an empty home do nothing")

        var recovered = TestState.mixedSources(at: now)[1]
        recovered.lastError = "cannot connect (connection refused)"
        _ = update(&state, .healthChanged([recovered]))
        #expect(state.isWaitingForData, "news about health alone is not data")
        #expect(text(state).contains("cannot connect (connection refused)"))

        _ = update(&state, .dataChanged(TestState.fixture, TestState.mixedSources(at: now)))
        #expect(!state.isWaitingForData)
        #expect(state.homeFocusID == "governance")
        #expect(text(state).contains("Smart Governance"))
    }
}
