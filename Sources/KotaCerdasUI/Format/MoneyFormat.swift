import KotaCerdasCore

/// Rupiah amounts in a few columns: `Rp 4,5 M` (rb, jt, M = miliar, T = triliun) in
/// Indonesian, `IDR 4.5B` (K, M, B, T) in English.
public struct MoneyFormat: Sendable {
    public let language: Language

    /// Amounts written in `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// `rupiah` scaled to the largest unit it reaches, with one decimal below 100 units
    /// (dropped when zero), so it never takes more than about eight columns.
    public func compact(_ rupiah: Double) -> String {
        guard rupiah.isFinite else { return NumberFormat.unavailable }
        let numbers = NumberFormat(language)
        let units = language == .indonesian ? Self.indonesianUnits : Self.englishUnits
        let magnitude = abs(rupiah)
        var unitIndex = units.lastIndex { magnitude >= $0.size } ?? 0
        var rounded = Self.round(magnitude, in: units[unitIndex])
        // 999,96 jt rounds to 1.000 jt: say 1 M instead.
        while rounded.integerDigits.count > 3 && unitIndex + 1 < units.count {
            unitIndex += 1
            rounded = Self.round(magnitude, in: units[unitIndex])
        }
        let sign = rupiah < 0 && !rounded.isZero ? "-" : ""
        let amount = numbers.text(of: rounded, trimmingZeros: true)
        let suffix = units[unitIndex].suffix
        switch language {
        case .indonesian:
            return sign + "Rp " + amount + (suffix.isEmpty ? "" : " " + suffix)
        case .english:
            return sign + "IDR " + amount + suffix
        }
    }

    private struct Unit {
        let size: Double
        let suffix: String
    }

    private static let indonesianUnits = [
        Unit(size: 1, suffix: ""), Unit(size: 1e3, suffix: "rb"), Unit(size: 1e6, suffix: "jt"),
        Unit(size: 1e9, suffix: "M"), Unit(size: 1e12, suffix: "T"),
    ]

    private static let englishUnits = [
        Unit(size: 1, suffix: ""), Unit(size: 1e3, suffix: "K"), Unit(size: 1e6, suffix: "M"),
        Unit(size: 1e9, suffix: "B"), Unit(size: 1e12, suffix: "T"),
    ]

    private static func round(_ magnitude: Double, in unit: Unit) -> RoundedDecimal {
        let scaled = magnitude / unit.size
        let decimals = unit.size > 1 && scaled < 100 ? 1 : 0
        return RoundedDecimal(magnitude: scaled, decimals: decimals)
    }
}
