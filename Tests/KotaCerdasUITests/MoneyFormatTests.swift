import KotaCerdasCore
import KotaCerdasUI
import Testing

@Suite struct MoneyFormatTests {
    let id = MoneyFormat(.indonesian)
    let en = MoneyFormat(.english)

    @Test func indonesianUnits() {
        #expect(id.compact(950) == "Rp 950")
        #expect(id.compact(12_500) == "Rp 12,5 rb")
        #expect(id.compact(7_000_000) == "Rp 7 jt")
        #expect(id.compact(4_500_000_000) == "Rp 4,5 M")
        #expect(id.compact(2_300_000_000_000) == "Rp 2,3 T")
        #expect(id.compact(450_000_000_000) == "Rp 450 M")
    }

    @Test func englishUnits() {
        #expect(en.compact(950) == "IDR 950")
        #expect(en.compact(12_500) == "IDR 12.5K")
        #expect(en.compact(4_500_000_000) == "IDR 4.5B")
        #expect(en.compact(7_000_000) == "IDR 7M")
        #expect(en.compact(2_300_000_000_000) == "IDR 2.3T")
    }

    @Test func roundingUpMovesToTheNextUnit() {
        #expect(id.compact(999_960_000) == "Rp 1 M")
        #expect(en.compact(999.7) == "IDR 1K")
    }

    @Test func beyondTrillionsStaysInTrillions() {
        #expect(id.compact(4_500_000_000_000_000) == "Rp 4.500 T")
    }

    @Test func negativeAndUnavailableAmounts() {
        #expect(id.compact(-4_500_000_000) == "-Rp 4,5 M")
        #expect(en.compact(-12_500) == "-IDR 12.5K")
        #expect(en.compact(.nan) == "–")
    }
}
