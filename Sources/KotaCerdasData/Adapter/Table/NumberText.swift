/// Reads the numbers people and portals write as text: `1234.5`, Indonesian `1.234,5`,
/// English `1,234.5`, `6915012900`, `12,5 %`, `Rp 1.500.000`, and `-` or nothing for "no figure".
///
/// A single separator followed by exactly three digits (`1.234`, `1,234`) could be either a
/// thousands separator or a decimal one; only then does the table's decimal separator
/// decide. Everything else is told apart by its shape, so one table may mix the forms.
public enum NumberText {
    /// What a cell's text holds.
    public enum Reading: Equatable, Sendable {
        case number(Double)
        /// Empty, or a dash: the table says there is no figure.
        case missing
        case invalid
    }

    public static func read(_ text: String, decimal: DecimalSeparator) -> Reading {
        var text = text
        return text.withUTF8 { read(bytes: $0, decimal: decimal) }
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>, decimal: DecimalSeparator) -> Reading {
        var start = bytes.startIndex
        var end = bytes.endIndex
        trimSpaces(bytes, &start, &end)
        // A trailing percent sign; the unit says what the figure is.
        if end > start, bytes[end - 1] == UInt8(ascii: "%") {
            end -= 1
            trimSpaces(bytes, &start, &end)
        }
        // A leading "Rp" or "Rp.", as rupiah amounts are often typed.
        if end - start >= 2, bytes[start] | 0x20 == UInt8(ascii: "r"), bytes[start + 1] | 0x20 == UInt8(ascii: "p") {
            start += 2
            if start < end, bytes[start] == UInt8(ascii: ".") { start += 1 }
            trimSpaces(bytes, &start, &end)
        }
        if start == end || isDash(bytes[start..<end]) { return .missing }

        var negative = false
        if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            negative = bytes[start] == UInt8(ascii: "-")
            start += 1
        }
        // An exponent (`6.9E+09`, as spreadsheets write large numbers) only after plain digits and a point.
        var mantissaEnd = end
        if let e = bytes[start..<end].firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            guard bytes[start..<e].allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) else { return .invalid }
            mantissaEnd = e
        }
        let mantissa = bytes[start..<mantissaEnd]
        guard let shape = shape(of: mantissa, hint: decimal), let digits = Digits(mantissa, decimal: shape.decimal) else {
            return .invalid
        }
        if mantissaEnd == end, let exact = digits.exactValue { return .number(negative ? -exact : exact) }
        // Long, or with an exponent: the standard library's parser rounds it.
        var ascii: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        for byte in mantissa where isDigit(byte) || byte == shape.decimal {
            ascii.append(isDigit(byte) ? byte : UInt8(ascii: "."))
        }
        ascii.append(contentsOf: bytes[mantissaEnd..<end])
        guard let value = Double(String(decoding: ascii, as: UTF8.self)), value.isFinite else { return .invalid }
        return .number(value)
    }

    /// Which byte of a number's digits, if any, separates its decimals; any other separator
    /// groups thousands.
    private struct Shape {
        var decimal: UInt8?
    }

    /// The shape of `digits`, or nil when they hold something other than digits, points and commas.
    private static func shape(of digits: Slice<UnsafeBufferPointer<UInt8>>, hint: DecimalSeparator) -> Shape? {
        var lastPoint: Int?
        var lastComma: Int?
        var points = 0
        var commas = 0
        for index in digits.startIndex..<digits.endIndex {
            switch digits[index] {
            case UInt8(ascii: "."): points += 1; lastPoint = index
            case UInt8(ascii: ","): commas += 1; lastComma = index
            case let byte where isDigit(byte): continue
            default: return nil
            }
        }
        switch (lastPoint, lastComma) {
        case (nil, nil):
            return Shape(decimal: nil)
        case (let point?, let comma?):
            // The later one is the decimal separator, and there is only one of it.
            let (decimal, count) = point > comma ? (UInt8(ascii: "."), points) : (UInt8(ascii: ","), commas)
            return count == 1 ? Shape(decimal: decimal) : nil
        case (let only?, nil), (nil, let only?):
            let byte = digits[only]
            if (byte == UInt8(ascii: ".") ? points : commas) > 1 { return Shape(decimal: nil) }
            let following = digits.endIndex - only - 1
            let leading = only - digits.startIndex
            let couldGroup = following == 3 && (1...3).contains(leading) && digits[digits.startIndex] != UInt8(ascii: "0")
            return Shape(decimal: couldGroup && byte != hint.byte ? nil : byte)
        }
    }

    /// A number's digits as an integer and the count of its decimals, checked on the way:
    /// separators other than `decimal` must group exactly three digits.
    private struct Digits {
        private var mantissa: UInt64 = 0
        private var count = 0
        private var decimals = 0

        /// Powers of ten up to 10¹⁵, all exact doubles.
        private static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

        /// Nil when the separators do not make a number.
        init?(_ digits: Slice<UnsafeBufferPointer<UInt8>>, decimal: UInt8?) {
            var groupLength = 0
            var sawGroupSeparator = false
            var inFraction = false
            for byte in digits {
                if isDigit(byte) {
                    if count < 19 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
                    count += 1
                    if inFraction { decimals += 1 }
                    groupLength += 1
                } else if byte == decimal {
                    if sawGroupSeparator && groupLength != 3 { return nil }
                    inFraction = true
                } else {
                    // A grouping separator: never in the decimals, never first, groups of three after the first.
                    if inFraction || groupLength == 0 || (sawGroupSeparator ? groupLength != 3 : groupLength > 3) { return nil }
                    sawGroupSeparator = true
                    groupLength = 0
                }
            }
            if !inFraction && sawGroupSeparator && groupLength != 3 { return nil }
            guard count > 0 else { return nil }
        }

        /// The value when it needs no rounding beyond one division: at most 15 digits make an
        /// integer a double holds exactly, and dividing two exact doubles rounds correctly.
        var exactValue: Double? {
            count <= 15 ? Double(mantissa) / Self.powersOfTen[decimals] : nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isDash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        // "-", "–" (en dash), "—" (em dash), as tables mark a missing figure.
        bytes.elementsEqual([UInt8(ascii: "-")]) || bytes.elementsEqual([0xE2, 0x80, 0x93]) || bytes.elementsEqual([0xE2, 0x80, 0x94])
    }

    /// Skips spaces, tabs and no-break spaces (U+00A0, which spreadsheets put in numbers) at both ends.
    private static func trimSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while true {
            if start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while true {
            if end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
    }
}

/// The character a table writes before its decimals, where a number's shape leaves it open.
public enum DecimalSeparator: String, CaseIterable, Sendable {
    case point = "."
    case comma = ","

    var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }
}
