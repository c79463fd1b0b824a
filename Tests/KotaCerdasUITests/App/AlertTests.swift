import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// Alerts as the dashboard shows them: raised from data changes through `update`, asked
/// to be announced and kept, counted in the title, listed in the ticker and the view.
@Suite struct AlertTests {
    /// The fixture with its first indicator at `status`.
    static func with(_ status: IndicatorStatus, _ document: CityDocument) -> CityDocument {
        var document = document
        let indicator = document.dimensions[0].indicators[0]
        for value in [indicator.target ?? 0, -1e9, 1e9] {
            var changed = indicator
            changed.value = value
            if changed.status == status {
                document.dimensions[0].indicators[0] = changed
                break
            }
        }
        return document
    }

    static func worse(_ document: CityDocument) -> CityDocument { with(.offTarget, document) }

    static var key: String { "indicator:\(TestState.fixture.dimensions[0].id)/\(TestState.fixture.dimensions[0].indicators[0].id)" }

    static func rows(_ state: AppState) -> [String] {
        Screen.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A wall that has seen the fixture for a while, with alerts decided at once.
    static func wall(language: Language = .english) -> AppState {
        var state = TestState.make(language: language)
        state.alertRules = AlertRules(hold: 0)
        _ = update(&state, .tick(state.now))
        return state
    }

    @Test func aWorseValueRaisesAnAlertThatIsAnnouncedAndKept() throws {
        var state = Self.wall()
        _ = update(&state, .dataChanged(Self.with(.onTarget, state.document), state.sources))
        #expect(state.alerts.open.allSatisfy { $0.subject.key != Self.key })
        let effects = update(&state, .dataChanged(Self.worse(state.document), state.sources))
        let changes = effects.compactMap { effect -> [AlertChange]? in
            if case .announceAlerts(let changes) = effect { return changes }
            return nil
        }.flatMap { $0 }
        #expect(changes.map(\.event) == [.raised])
        #expect(changes.first?.alert.subject.key == Self.key)
        #expect(changes.first?.alert.from == .indicator(.onTarget))
        #expect(changes.first?.alert.to == .indicator(.offTarget))
        #expect(effects.contains(.saveAlerts(state.alerts)))
        #expect(state.alerts.open.first?.subject.key == Self.key, "the newest open alert comes first")
        #expect(update(&state, .tick(state.now + 60)).isEmpty, "nothing new: nothing announced, nothing saved")
    }

    @Test func titleAndTickerShowOpenAlertsAndGoWhenTheyClear() throws {
        var state = Self.wall()
        let calm = TestState.make(language: .english)
        _ = update(&state, .dataChanged(Self.with(.onTarget, state.document), state.sources))
        _ = update(&state, .dataChanged(Self.worse(state.document), state.sources))
        let rows = Self.rows(state)
        let count = state.alerts.open.count
        #expect(rows[0].contains("⚠ \(count) "), "the title counts open alerts:\n\(rows[0])")
        let name = state.document.dimensions[0].indicators[0].name.text(in: .english)
        let ticker = rows[rows.count - 2]
        #expect(ticker.contains(count == 1 ? "⚠ 1 alert" : "⚠ \(count) alerts"), "\(ticker)")
        #expect(ticker.contains(name), "the newest open alert leads the ticker:\n\(ticker)")
        #expect(HomeLayout(state: state).panels.map(\.rect.height).max()
                    ?? 0 <= HomeLayout(state: calm).panels.map(\.rect.height).max() ?? 0)

        state.route = .dimension(state.document.dimensions[0].id)
        #expect(!Self.rows(state).contains { $0.contains("⚠ \(count) alert") }, "no ticker on a dimension outside the kiosk")

        _ = update(&state, .dataChanged(Self.with(.onTarget, state.document), state.sources))
        state.route = .home
        let after = Self.rows(state)
        #expect(state.alerts.open.count == count - 1)
        #expect(after[0].contains("⚠ \(count - 1) ") || count == 1)
        // With nothing open at all, the frame is the calm one: no count, no ticker row.
        state.alerts = AlertBook()
        state.document = calm.document
        #expect(Self.rows(state) == Self.rows(calm))
    }

    @Test func theAlertsViewOpensWithAAndListsNewestFirst() throws {
        var state = Self.wall()
        _ = update(&state, .dataChanged(Self.worse(state.document), state.sources))
        _ = update(&state, .input(.key(.character("a"))))
        #expect(state.route == .alerts)
        let text = Self.rows(state).joined(separator: "\n")
        let name = state.document.dimensions[0].indicators[0].name.text(in: .english)
        #expect(text.contains("indicator: " + name))
        #expect(text.contains("ongoing"))
        #expect(text.contains("→ ✗ off"))
        _ = update(&state, .input(.key(.character("G"))))
        #expect(state.alertSelection == state.alerts.alerts.count - 1)
        _ = update(&state, .input(.key(.character("g"))))
        #expect(state.alertSelection == 0)
        _ = update(&state, .input(.key(.escape)))
        #expect(state.route == .home)
    }

    @Test func theCommandsLastFailureShowsOnTheSourcesScreen() {
        var state = Self.wall()
        state.alertCommand = AlertCommandReport(arguments: ["/usr/local/bin/notify", "--channel", "ops"])
        state.route = .sources
        #expect(Self.rows(state).joined().contains("Alert command: /usr/local/bin/notify --channel ops"))
        #expect(Self.rows(state).joined().contains("not run yet"))
        _ = update(&state, .alertCommandFinished("exit status 3"))
        #expect(Self.rows(state).joined().contains("failed at 17:00 WIB: exit status 3"))
        _ = update(&state, .alertCommandFinished(nil))
        #expect(Self.rows(state).joined().contains("last run ok at 17:00 WIB"))
    }

    @Test func theWakeUpComesWhenAPendingStatusHasHeld() {
        var state = TestState.make()
        state.alertRules = AlertRules(hold: 20)
        _ = update(&state, .tick(state.now))
        _ = update(&state, .dataChanged(Self.worse(state.document), state.sources))
        #expect(state.nextWakeUp(after: state.now) == state.now + 20)
    }

    @Test func theKioskPlaylistAndSnapshotNameTheAlertsView() throws {
        #expect(try RoutePath.route("alerts", in: TestState.fixture) == .alerts)
        let playlist = KioskPlaylist(views: ["home", "alerts"])
        #expect(playlist.routes(in: TestState.fixture) == [.home, .alerts])
    }
}
