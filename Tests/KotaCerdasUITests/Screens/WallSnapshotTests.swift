import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// Golden frames of the kiosk on a wall: headline numbers in big digits at the sizes a
/// wall display has, in both languages and in ASCII, and a frame moved by the burn-in shift.
@Suite struct WallSnapshotTests {
    private func kiosk(_ width: Int, _ height: Int, language: Language = .english, glyphMode: GlyphMode = .unicode,
                       city: String = "sumenep") -> AppState {
        let start = TestState.make(TestState.sample(city)?.document ?? TestState.fixture, width: width, height: height,
                                   language: language, glyphMode: glyphMode)
        return AppState(document: start.document, sources: start.sources, now: start.now, language: language,
                        glyphMode: glyphMode, size: start.size, kiosk: KioskPlaylist(views: ["home"]))
    }

    @Test(arguments: [(160, 45), (200, 60), (320, 90)])
    func theWallAtEachSize(width: Int, height: Int) {
        assertSnapshot(Screen.render(kiosk(width, height)), named: "wall-en-\(width)x\(height)")
    }

    @Test func indonesianNumbersKeepTheirDecimalComma() {
        let frame = Screen.render(kiosk(200, 60, language: .indonesian))
        assertSnapshot(frame, named: "wall-id-200x60")
        #expect(frame.plainText.contains("Mendekati target"))
    }

    @Test func asciiTerminalsGetHashDigits() {
        assertSnapshot(Screen.render(kiosk(200, 60, glyphMode: .ascii)), named: "wall-ascii-200x60")
    }

    @Test func sevenPillarsFitToo() {
        assertSnapshot(Screen.render(kiosk(160, 45, city: "bandung")), named: "wall-bandung-en-160x45")
    }

    @Test func theBurnInShiftMovesTheWholeWall() {
        var state = kiosk(200, 60)
        state.kioskDisplay = KioskDisplay(shiftInterval: 180)
        _ = update(&state, .tick(state.now + 2 * 180))
        assertSnapshot(Screen.render(state), named: "wall-shifted-en-200x60")
    }

    @Test func belowTheWallSizeTheKioskShowsThePanels() {
        let state = kiosk(159, 45)
        let frame = Screen.render(state).plainText
        #expect(frame.contains("Score █"), "the ordinary panels with their gauges")
        #expect(!frame.contains("██████  "))
    }

    @Test func theWallSizeIsConfigurable() {
        var state = kiosk(120, 40)
        state.kioskDisplay = KioskDisplay(wallSize: TerminalSize(width: 100, height: 30))
        #expect(Screen.render(state).plainText.contains("██████"))
    }

    @Test func withoutTheKioskALargeTerminalKeepsThePanels() {
        let state = TestState.make(TestState.sample("sumenep")?.document ?? TestState.fixture, width: 200, height: 60, language: .english)
        #expect(!Screen.render(state).plainText.contains("██████  "))
    }
}
