import KotaCerdasUI
import Testing

@Suite struct DisplayWidthTests {
    @Test func latinIndonesianTextIsOneColumnPerLetter() {
        #expect("Pemerintahan".displayWidth == 12)
    }

    @Test func chineseIsTwoColumnsPerCharacter() {
        #expect("智慧城市".displayWidth == 8)
    }

    @Test func hangulAndKanaAndFullwidthAreWide() {
        #expect("서울".displayWidth == 4)
        #expect("スマート".displayWidth == 8)
        #expect("ＡＢ".displayWidth == 4)
    }

    @Test func emojiAreTwoColumns() {
        #expect(Character("🚦").displayWidth == 2)
        #expect(Character("👩‍💻").displayWidth == 2)
        #expect(Character("🇮🇩").displayWidth == 2)
        #expect("🚦 macet".displayWidth == 8)
    }

    @Test func textSymbolWithEmojiSelectorIsTwoColumns() {
        #expect(Character("\u{2764}").displayWidth == 1)
        #expect(Character("\u{2764}\u{FE0F}").displayWidth == 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect("Cafe\u{301}".displayWidth == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect("a\u{200B}b".displayWidth == 2)
    }

    @Test func arabicIndicDigitsAreNarrow() {
        #expect("٣٫١٢".displayWidth == 4)
    }

    @Test func controlCharactersTakeNoColumn() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x85)) == 0)
    }
}
