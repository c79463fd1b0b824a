import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// The wall display's rotation: views change when the dwell is over, wait while someone
/// uses the keys, and the event loop is woken no more often than needed.
@Suite struct KioskTests {
    private func kioskState(views: [String], dwell: TimeInterval = 30) -> AppState {
        let start = TestState.make()
        return AppState(document: start.document, sources: start.sources, now: start.now, language: .english,
                        size: start.size, kiosk: KioskPlaylist(views: views, dwell: dwell))
    }

    private func tick(_ state: inout AppState, after seconds: TimeInterval, from start: Date) {
        _ = update(&state, .tick(start + seconds))
    }

    @Test func viewsChangeOnlyWhenTheDwellIsOverAndUnknownViewsAreSkipped() {
        var state = kioskState(views: ["home", "no-such-dimension", "environment/indicators/env-pm25"])
        let start = state.now
        #expect(state.route == .home)
        tick(&state, after: 29, from: start)
        #expect(state.route == .home, "the dwell is not over yet")
        tick(&state, after: 30, from: start)
        #expect(state.route == .indicator(dimensionID: "environment", id: "env-pm25"))
        tick(&state, after: 60, from: start)
        #expect(state.route == .home, "the rotation wraps around")
    }

    @Test func anEmptyPlaylistShowsHomeThenEveryDimensionInDataOrder() {
        var state = kioskState(views: [], dwell: 10)
        let start = state.now
        var shown = [state.route]
        for step in 1...4 {
            tick(&state, after: Double(step) * 10, from: start)
            shown.append(state.route)
        }
        #expect(shown == [.home, .dimension("governance"), .dimension("environment"), .dimension("mobility"), .home])
    }

    @Test func anyKeyPausesKResumesAndKStopsTheRotation() {
        var state = kioskState(views: [], dwell: 10)
        let start = state.now
        _ = update(&state, .input(.key(.right)))
        #expect(state.kiosk?.isPaused == true)
        #expect(state.homeFocusID == "environment", "the key still does its job")
        tick(&state, after: 60, from: start)
        #expect(state.route == .home, "a paused rotation stays")
        #expect(Screen.render(state).line(0).contains("paused"))

        _ = update(&state, .input(.key(.character("K"))))
        #expect(state.kiosk?.isPaused == false)
        tick(&state, after: 70, from: start)
        #expect(state.route == .dimension("governance"))

        _ = update(&state, .input(.key(.character("K"))))
        #expect(state.kiosk == nil)
        tick(&state, after: 200, from: start)
        #expect(state.route == .dimension("governance"), "a stopped rotation never moves")
        #expect(!Screen.render(state).line(0).contains("⟳"))
    }

    @Test func aPausedRotationResumesWhenNobodyPressesAKeyForFiveMinutes() {
        var state = kioskState(views: [], dwell: 10)
        let start = state.now
        _ = update(&state, .input(.key(.down)))
        tick(&state, after: Kiosk.idleResume - 1, from: start)
        #expect(state.kiosk?.isPaused == true)
        tick(&state, after: Kiosk.idleResume, from: start)
        #expect(state.kiosk?.isPaused == false)
    }

    @Test func kStartsTheDefaultRotationFromTheViewOnScreen() {
        var state = TestState.make(route: .dimension("environment"))
        _ = update(&state, .input(.key(.character("K"))))
        #expect(state.route == .dimension("environment"))
        #expect(Screen.render(state).line(0).contains("⟳ 3/4"))
        _ = update(&state, .tick(state.now + KioskPlaylist.defaultDwell))
        #expect(state.route == .dimension("mobility"))
    }

    @Test func theLoopWakesAtTheNextMinuteOrTheNextSwitchWhicheverIsFirst() {
        let minute = Date(timeIntervalSinceReferenceDate: 60 * 1_000_000)
        var state = TestState.make()
        state.now = minute + 10
        #expect(state.nextWakeUp(after: minute + 10) == minute + 60)
        #expect(state.nextWakeUp(after: minute) == minute + 60, "a whole minute wakes for the next one")

        var kiosk = kioskState(views: [], dwell: 15)
        kiosk.now = minute + 10
        kiosk.startKiosk()
        #expect(kiosk.nextWakeUp(after: minute + 10) == minute + 25)
        #expect(kiosk.nextWakeUp(after: minute + 40) == minute + 40, "an overdue switch wakes at once")

        var slow = kioskState(views: [], dwell: 300)
        slow.now = minute + 10
        slow.startKiosk()
        #expect(slow.nextWakeUp(after: minute + 10) == minute + 60, "the clock still ticks per minute")
    }
}
