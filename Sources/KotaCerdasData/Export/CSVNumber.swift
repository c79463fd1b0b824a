import Foundation

/// Numbers as a spreadsheet reads them: every digit the data has (never rounded for
/// display), no exponent, no thousands separator, and the decimal mark the reader's
/// locale expects (`,` in Indonesian).
public struct CSVNumber: Sendable {
    public let decimalComma: Bool

    public init(decimalComma: Bool) {
        self.decimalComma = decimalComma
    }

    /// `81.3`, `3420`, `0.00001`; empty for a missing or non-finite value.
    public func text(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = value.description
        if text.contains("e") {
            // Swift writes 1e-05 and 3.4e+16; the shortest digits, placed without an exponent.
            text = Decimal(string: text)?.description ?? text
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        if text == "-0" { text = "0" }
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
