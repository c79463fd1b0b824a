import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// The kiosk's whole picture moves one cell every interval, around a square and back,
/// and the event loop wakes for each move and for nothing more.
@Suite struct BurnInTests {
    private func kiosk(shift: TimeInterval, size: (Int, Int) = (120, 40)) -> AppState {
        let start = TestState.make(width: size.0, height: size.1)
        var state = AppState(document: start.document, sources: start.sources, now: start.now, language: .english,
                             size: start.size, kiosk: KioskPlaylist(views: ["home"], dwell: 3_600))
        state.kioskDisplay = KioskDisplay(shiftInterval: shift)
        return state
    }

    @Test func theOffsetWalksASquareAndComesBack() throws {
        let shift = try #require(BurnInShift(interval: 180))
        let offsets = stride(from: 0.0, through: 4 * 180, by: 180).map { shift.offset(elapsed: $0) }
        #expect(offsets == [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 1), Point(x: 0, y: 0)])
        #expect(shift.offset(elapsed: 179) == Point(x: 0, y: 0))
        #expect(shift.offset(elapsed: -50) == Point(x: 0, y: 0), "a clock set back")
        #expect(shift.offset(elapsed: .infinity) == Point(x: 0, y: 0))
        #expect(shift.offset(elapsed: 1e300).x <= BurnInShift.margin)
    }

    @Test func zeroOrNegativeIntervalsTurnTheShiftOff() {
        #expect(BurnInShift(interval: 0) == nil)
        #expect(BurnInShift(interval: -3) == nil)
        #expect(BurnInShift(interval: .nan) == nil)
        #expect(KioskDisplay(shiftInterval: 0).shift == nil)
    }

    @Test func theWholeFrameMovesInsideItsMarginAndComesBack() {
        // Every move within the minute the title's clock shows, so only the shift differs.
        var state = kiosk(shift: 10)
        let start = state.now
        let origin = Screen.render(state)
        #expect(origin.line(39).trimmingCharacters(in: .whitespaces).isEmpty, "the bottom row is the margin")
        #expect(origin.line(0).hasSuffix(" "), "so is the right column")
        _ = update(&state, .tick(start + 10))
        let right = Screen.render(state)
        #expect(right.line(0) == " " + origin.line(0).dropLast())
        _ = update(&state, .tick(start + 20))
        let down = Screen.render(state)
        #expect(down.line(1) == right.line(0))
        #expect(down.line(0).trimmingCharacters(in: .whitespaces).isEmpty)
        _ = update(&state, .tick(start + 40))
        #expect(Screen.render(state) == origin, "back where it started")
    }

    @Test func clicksStillFindWhatIsDrawnUnderThem() throws {
        var state = kiosk(shift: 60)
        _ = update(&state, .tick(state.now + 120))
        let frame = Screen.render(state)
        let target = try #require(frame.targets.first)
        #expect(target.rect.x >= 1 && target.rect.y >= 2, "targets moved with the picture")
        #expect(frame.target(at: Point(x: target.rect.x, y: target.rect.y)) == target)
    }

    @Test func theLoopWakesForEachMoveAndNoMore() {
        let state = kiosk(shift: 20)
        let start = state.now
        #expect(state.nextWakeUp(after: start) == start + 20)
        #expect(state.nextWakeUp(after: start + 25) == start + 40)
        let off = kiosk(shift: 0)
        #expect(off.nextWakeUp(after: start) > start + 20, "no shift, no extra wake-up")
    }

    @Test func withoutTheKioskThePictureKeepsTheWholeScreen() {
        var state = TestState.make()
        _ = update(&state, .tick(state.now + 180))
        let frame = Screen.render(state)
        #expect(frame.line(0).first != " " || frame.line(1).first != " ", "no shift to the right")
        #expect(!frame.line(39).trimmingCharacters(in: .whitespaces).isEmpty, "the bottom row is the status bar, not a margin")
    }
}
