import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Golden frames of the jump palette: empty, a query, nothing found, the smallest terminal.
@Suite struct PaletteScreenTests {
    private func palette(_ query: String, width: Int, height: Int, language: Language, route: Route = .home) -> CellBuffer {
        var state = TestState.make(ScreenSnapshotTests.cities[0].document, width: width, height: height, language: language, route: route)
        for key in (":" + query).map(Key.character) { _ = update(&state, .input(.key(key))) }
        return Screen.render(state)
    }

    @Test func emptyQueryListsTheDimensions() {
        assertSnapshot(palette("", width: 120, height: 40, language: .indonesian), named: "palette-empty-id-120x40")
    }

    @Test func aQueryNarrowsTheListAndMarksTheMatchedLetters() {
        let frame = palette("miskin", width: 120, height: 40, language: .english, route: .dimension("governance"))
        assertSnapshot(frame, named: "palette-miskin-en-120x40")
        #expect(frame.plainText.contains("Persentase penduduk miskin"), "the Indonesian name that matched is shown")
    }

    @Test func nothingMatches() {
        assertSnapshot(palette("zzqx", width: 80, height: 24, language: .indonesian), named: "palette-none-id-80x24")
    }

    @Test func theSmallestTerminalStillShowsAResult() {
        let frame = palette("sampah", width: 40, height: 12, language: .indonesian)
        assertSnapshot(frame, named: "palette-sampah-id-40x12")
        #expect(frame.plainText.contains("Sampah"))
    }

    @Test func asciiGlyphs() {
        var state = TestState.make(ScreenSnapshotTests.cities[0].document, width: 80, height: 24, language: .english, glyphMode: .ascii)
        for key in ":wifi".map(Key.character) { _ = update(&state, .input(.key(key))) }
        assertSnapshot(Screen.render(state), named: "palette-wifi-ascii-80x24")
    }
}
