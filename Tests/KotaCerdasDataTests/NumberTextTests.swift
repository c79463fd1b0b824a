import Testing
@testable import KotaCerdasData

/// Numbers as portals and spreadsheets write them, in either convention.
@Suite struct NumberTextTests {
    @Test(arguments: [
        ("1234.5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("6915012900", 6_915_012_900),
        ("8002269316.91", 8_002_269_316.91), ("12,5 %", 12.5), ("12.5%", 12.5), ("-3,25", -3.25), ("+7", 7),
        ("6.915.012.900", 6_915_012_900), ("1,105,677", 1_105_677), ("42.847,97", 42_847.97), ("0,125", 0.125),
        ("Rp 1.500.000", 1_500_000), ("Rp2.500.000,50", 2_500_000.5), (" 17,78 ", 17.78),
        ("\u{A0}98\u{A0}", 98), ("6.9E+09", 6.9e9), ("1234,567", 1234.567),
    ])
    func readsBothConventions(text: String, expected: Double) {
        #expect(NumberText.read(text, decimal: .point) == .number(expected), "\(text)")
        #expect(NumberText.read(text, decimal: .comma) == .number(expected), "\(text)")
    }

    @Test func aLoneSeparatorBeforeThreeDigitsFollowsTheTable() {
        // "1.234" is 1234 in an Indonesian spreadsheet and 1.234 in an English one.
        #expect(NumberText.read("1.234", decimal: .comma) == .number(1234))
        #expect(NumberText.read("1.234", decimal: .point) == .number(1.234))
        #expect(NumberText.read("1,234", decimal: .comma) == .number(1.234))
        #expect(NumberText.read("1,234", decimal: .point) == .number(1234))
        #expect(NumberText.read("Rp. 400.960", decimal: .comma) == .number(400_960))
    }

    @Test(arguments: ["", "  ", "-", "–", "—"])
    func emptyAndDashesAreNoFigure(text: String) {
        #expect(NumberText.read(text, decimal: .comma) == .missing)
    }

    @Test(arguments: ["n/a", "tinggi", "1.23.4", "1,2,3.4,5", "12 ton", "inf", "nan", "0x1p3", "1.234.5,6,7", ",", "1e", "--5", "12,3456.7"])
    func othersAreNoNumber(text: String) {
        #expect(NumberText.read(text, decimal: .point) == .invalid, "\(text)")
    }
}
