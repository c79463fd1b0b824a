/// The digits of a finite number's magnitude rounded to a fixed number of decimals,
/// half away from zero.
///
/// Rounding works on the shortest decimal text that round-trips the `Double`, so 2.675
/// rounds to 2.68 as a person expects, not to 2.67 as binary arithmetic would.
struct RoundedDecimal {
    /// Digits before the decimal point, without leading zeros ("0" for less than one).
    let integerDigits: String
    /// Exactly `decimals` digits after the decimal point.
    let fractionDigits: String

    init(magnitude: Double, decimals: Int) {
        // `description` gives the shortest round-trip form: "3.125", "1e-05", "4.5e+20".
        let parts = abs(magnitude).description.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = mantissa[0]
        let fractionPart = mantissa.count > 1 ? mantissa[1] : ""
        var digits = (integerPart + fractionPart).compactMap(\.wholeNumberValue)
        var pointIndex = integerPart.count + exponent
        if pointIndex < 0 {
            digits.insert(contentsOf: repeatElement(0, count: -pointIndex), at: 0)
            pointIndex = 0
        }
        let kept = pointIndex + max(0, decimals)
        if digits.count <= kept {
            digits.append(contentsOf: repeatElement(0, count: kept - digits.count))
        } else {
            let roundsUp = digits[kept] >= 5
            digits.removeSubrange(kept...)
            if roundsUp && Self.incrementCarries(&digits) {
                digits.insert(1, at: 0)
                pointIndex += 1
            }
        }
        let integer = digits[..<pointIndex].drop { $0 == 0 }.map(String.init).joined()
        integerDigits = integer.isEmpty ? "0" : integer
        fractionDigits = digits[pointIndex...].map(String.init).joined()
    }

    var isZero: Bool { integerDigits == "0" && fractionDigits.allSatisfy { $0 == "0" } }

    /// Adds one to the last digit; true when the carry runs off the front (999 → 000).
    private static func incrementCarries(_ digits: inout [Int]) -> Bool {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return false
            }
            digits[index] = 0
            index -= 1
        }
        return true
    }
}
