import KotaCerdasCore
import KotaCerdasUI
import Testing

@Suite struct NumberFormatTests {
    let id = NumberFormat(.indonesian)
    let en = NumberFormat(.english)

    @Test func groupsThousandsByLanguage() {
        #expect(id.decimal(4_500_000_000) == "4.500.000.000")
        #expect(en.decimal(4_500_000_000) == "4,500,000,000")
        #expect(id.integer(-1_234_567) == "-1.234.567")
        #expect(en.decimal(999) == "999")
    }

    @Test func decimalsUseTheLanguagesSeparator() {
        #expect(id.decimal(3.12, decimals: 2) == "3,12")
        #expect(en.decimal(3.12, decimals: 2) == "3.12")
        #expect(id.decimal(12345.5, decimals: 1) == "12.345,5")
        #expect(en.decimal(2, decimals: 2) == "2.00")
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(en.decimal(2.5) == "3")
        #expect(en.decimal(-2.5) == "-3")
        #expect(en.decimal(2.675, decimals: 2) == "2.68")
        #expect(en.decimal(0.125, decimals: 2) == "0.13")
        #expect(en.decimal(999.96, decimals: 1) == "1,000.0")
        #expect(en.decimal(0.00005, decimals: 4) == "0.0001")
        #expect(en.decimal(1e20) == "100,000,000,000,000,000,000")
    }

    @Test func negativeValuesThatRoundToZeroHaveNoSign() {
        #expect(id.decimal(-0.004, decimals: 2) == "0,00")
        #expect(id.decimal(-3.12, decimals: 2) == "-3,12")
    }

    @Test func notANumberIsADash() {
        #expect(id.decimal(.nan) == "–")
        #expect(en.decimal(.infinity, decimals: 2) == "–")
        #expect(en.percent(-.infinity) == "–")
    }

    @Test func percentages() {
        #expect(id.percent(62) == "62%")
        #expect(id.percent(62.5, decimals: 1) == "62,5%")
        #expect(en.percent(62.5, decimals: 1) == "62.5%")
    }
}
