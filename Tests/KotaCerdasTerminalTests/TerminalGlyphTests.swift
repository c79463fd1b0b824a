import KotaCerdasUI
import Testing
@testable import KotaCerdasTerminal

@Suite struct TerminalGlyphTests {
    /// Widths as a typical C library reports them.
    private func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300...0x36F, 0xFE0F, 0x200D: 0
        case 0x4E00...0x9FFF, 0x1F600...0x1F64F: 2
        case 0xE000...0xF8FF: -1
        default: 1
        }
    }

    @Test func plainAndWideCharactersPassThrough() {
        #expect(TerminalGlyph.fitting(Cell(text: "a"), width: width) == TerminalGlyph(characters: ["a"], padded: false))
        #expect(TerminalGlyph.fitting(Cell(text: "中", width: 2), width: width)
            == TerminalGlyph(characters: ["中"], padded: false))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(TerminalGlyph.fitting(Cell(text: "e\u{301}"), width: width)
            == TerminalGlyph(characters: ["e", "\u{301}"], padded: false))
    }

    @Test func aWideCellDrawnNarrowIsPadded() {
        #expect(TerminalGlyph.fitting(Cell(text: "\u{2764}\u{FE0F}", width: 2), width: width)
            == TerminalGlyph(characters: ["\u{2764}", "\u{FE0F}"], padded: true))
    }

    @Test func spacingScalarsAfterTheFirstAreDropped() {
        let family = "\u{1F600}\u{200D}\u{1F600}"
        #expect(TerminalGlyph.fitting(Cell(text: family, width: 2), width: width)
            == TerminalGlyph(characters: ["\u{1F600}", "\u{200D}"], padded: false))
    }

    @Test func whatCannotFitIsReplaced() {
        #expect(TerminalGlyph.fitting(Cell(text: "中"), width: width) == .replacement)
        #expect(TerminalGlyph.fitting(Cell(text: "\u{E000}"), width: width) == .replacement)
        #expect(TerminalGlyph.fitting(Cell(text: "\u{E000}", width: 2), width: width)
            == TerminalGlyph(characters: ["?"], padded: true))
    }
}
