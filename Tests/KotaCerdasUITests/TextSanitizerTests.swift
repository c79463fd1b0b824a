import KotaCerdasUI
import Testing

@Suite struct TextSanitizerTests {
    let unicode = GlyphSet.unicode.sanitizer
    let ascii = GlyphSet.ascii.sanitizer

    @Test func safeTextIsUnchanged() {
        #expect(unicode.sanitize("Kota Cerdas 智慧城市 🚦 é") == "Kota Cerdas 智慧城市 🚦 é")
    }

    @Test func colourChangeBecomesOnePlaceholder() {
        #expect(unicode.sanitize("\u{1B}[31;1mMERAH\u{1B}[0m") == "�MERAH�")
        #expect(ascii.sanitize("\u{1B}[31;1mMERAH\u{1B}[0m") == "?MERAH?")
    }

    @Test func cursorMovementAndScreenClearAreRemoved() {
        #expect(unicode.sanitize("a\u{1B}[2J\u{1B}[H\u{1B}[10;20Hb") == "a���b")
    }

    @Test func titleChangeWithBellOrStringTerminatorIsRemoved() {
        #expect(unicode.sanitize("x\u{1B}]0;pwned\u{07}y") == "x�y")
        #expect(unicode.sanitize("x\u{1B}]2;pwned\u{1B}\\y") == "x�y")
    }

    @Test func clipboardWriteIsRemoved() {
        #expect(unicode.sanitize("ok\u{1B}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{07}") == "ok�")
    }

    @Test func deviceControlStringIsRemoved() {
        #expect(unicode.sanitize("a\u{1B}P+q544e\u{1B}\\b") == "a�b")
    }

    @Test func eightBitIntroducersAreRemovedWithTheirSequence() {
        #expect(unicode.sanitize("a\u{9B}31mb") == "a�b")
        #expect(unicode.sanitize("a\u{9D}0;t\u{9C}b") == "a�b")
        #expect(unicode.sanitize("a\u{90}q\u{9C}b") == "a�b")
        #expect(unicode.sanitize("a\u{85}b") == "a�b")
    }

    @Test func unterminatedTitleSwallowsTheRest() {
        #expect(unicode.sanitize("a\u{1B}]0;never ends") == "a�")
    }

    @Test func shortEscapesAndLoneEscapeAreRemoved() {
        #expect(unicode.sanitize("a\u{1B}cb") == "a�b")
        #expect(unicode.sanitize("a\u{1B}(0b") == "a�b")
        #expect(unicode.sanitize("end\u{1B}") == "end�")
    }

    @Test func layoutCharactersBecomeSpaces() {
        #expect(unicode.sanitize("a\tb\nc\r\nd\re") == "a b c d e")
    }

    @Test func otherControlsAndDeleteArePlaceholders() {
        #expect(unicode.sanitize("a\u{00}b\u{07}c\u{7F}d\u{08}") == "a�b�c�d�")
    }

    @Test func bidiControlsCannotReorderText() {
        #expect(unicode.sanitize("tagihan \u{202E}fdp.exe") == "tagihan �fdp.exe")
        #expect(unicode.sanitize("\u{2066}a\u{2069}\u{200F}\u{061C}") == "�a���")
    }
}

@Suite struct ASCIIFoldingTests {
    private let ascii = GlyphSet.ascii.sanitizer

    @Test func accentsComeOffAndPunctuationGetsItsLookAlike() {
        #expect(ascii.sanitize("Sumenép – Kota Cerdas…") == "Sumenep - Kota Cerdas...")
        #expect(ascii.sanitize("Müller’s “data” · 3×") == "Muller's \"data\" . 3x")
    }

    @Test func whatHasNoASCIIFormBecomesAQuestionMarkNotNothing() {
        #expect(ascii.sanitize("智慧 city") == "?? city")
        #expect(ascii.sanitize("🚦") == "?")
    }

    @Test func controlsAreStillReplacedBeforeFolding() {
        #expect(ascii.sanitize("a\u{1B}[31mé") == "a?e")
    }

    @Test func unicodeModeKeepsTheText() {
        #expect(GlyphSet.unicode.sanitizer.sanitize("Sumenép – 智慧") == "Sumenép – 智慧")
    }
}
