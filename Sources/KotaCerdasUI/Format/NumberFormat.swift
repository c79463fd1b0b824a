import KotaCerdasCore

/// Numbers for people in the reader's language: `4.500.000.000` and `3,12` in
/// Indonesian, `4,500,000,000` and `3.12` in English. Deterministic: no locale data.
public struct NumberFormat: AxisFormat, Sendable {
    public let language: Language

    /// Shown for values that are not a number or infinite.
    public static let unavailable = "–"

    /// Numbers written with the separators of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// Separates groups of three digits.
    public var groupSeparator: String { language == .indonesian ? "." : "," }
    /// Separates the integer part from the decimals.
    public var decimalSeparator: String { language == .indonesian ? "," : "." }

    /// `value` with grouped thousands and exactly `decimals` decimals, rounded half away
    /// from zero; NaN and infinity show as `–`.
    public func decimal(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return Self.unavailable }
        let rounded = RoundedDecimal(magnitude: value, decimals: decimals)
        let sign = value < 0 && !rounded.isZero ? "-" : ""
        return sign + text(of: rounded)
    }

    /// A whole number with grouped thousands.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(String(value.magnitude))
    }

    /// A value already in percent (62.5 means 62.5 %): `62%`, `62,5%`, `62.5%`.
    public func percent(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return Self.unavailable }
        return decimal(value, decimals: decimals) + "%"
    }

    /// Rounded digits as text, with trailing zero decimals removed when `trimmingZeros`.
    func text(of rounded: RoundedDecimal, trimmingZeros: Bool = false) -> String {
        var fraction = Substring(rounded.fractionDigits)
        if trimmingZeros {
            while fraction.last == "0" { fraction = fraction.dropLast() }
        }
        let integer = grouped(rounded.integerDigits)
        return fraction.isEmpty ? integer : integer + decimalSeparator + fraction
    }

    private func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += groupSeparator }
            result.append(digit)
        }
        return result
    }
}
