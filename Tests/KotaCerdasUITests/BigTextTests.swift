import KotaCerdasUI
import Testing

/// Headline numbers in block digits: legible shapes, both languages' decimal marks,
/// an ASCII fallback, and nothing drawn for what the font does not have.
@Suite struct BigTextTests {
    @Test func fiveRowsDrawEachPixelTwoColumnsWide() {
        let width = BigFont.width(of: "80%", height: 5)
        #expect(width == 22)
        let text = drawn(width: 22, height: 5) { BigText("80%", height: 5).draw(on: &$0) }
        #expect(text == """
            ██████  ██████  ██  ██
            ██  ██  ██  ██      ██
            ██████  ██  ██    ██  
            ██  ██  ██  ██  ██    
            ██████  ██████  ██  ██
            """)
    }

    @Test func threeRowsUseHalfBlocksAndTheIndonesianDecimalComma() {
        let text = drawn(width: 13, height: 3) { BigText("17,5", height: 3).draw(on: &$0) }
        #expect(text == """
            ▄█  ▀▀█   █▀▀
             █    █ ▄ ▀▀█
            ▀▀▀   ▀ ▀ ▀▀▀
            """)
    }

    @Test func asciiTerminalsGetHashesQuotesAndUnderscores() {
        let five = drawn(width: 6, height: 5, glyphs: .ascii) { BigText("1", height: 5).draw(on: &$0) }
        #expect(five.split(separator: "\n").first == "  ##  ")
        let three = drawn(width: 3, height: 3, glyphs: .ascii) { BigText("1", height: 3).draw(on: &$0) }
        #expect(three == "_# \n # \n\"\"\"")
    }

    @Test func textTheFontCannotDrawIsLeftToPlainText() {
        #expect(BigFont.width(of: "12 ha", height: 3) == nil)
        #expect(BigFont.width(of: "–", height: 5) == nil, "the formats' dash for a missing value")
        #expect(BigFont.width(of: "12", height: 4) == nil, "only three or five rows")
        #expect(BigFont.width(of: "", height: 3) == nil)
        let text = drawn(width: 10, height: 3) { BigText("4 ha", height: 3).draw(on: &$0) }
        #expect(text.allSatisfy { $0 == " " || $0 == "\n" })
    }
}
