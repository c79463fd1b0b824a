extension JSONParser {
    /// Reads a number, checking the JSON grammar as it goes. Typical data (prices,
    /// percentages, counts: up to 19 significant digits and a small power of ten) is
    /// computed directly from the digits; anything else goes through the standard
    /// library's correctly rounded conversion.
    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        let isNegative = consume(UInt8(ascii: "-"))
        var digits = DecimalDigits()
        if consume(UInt8(ascii: "0")) {
            if index < bytes.count, isDigit(bytes[index]) {
                throw error("a number may not start with 0 followed by more digits")
            }
        } else {
            guard consumeDigits(into: &digits, fraction: false) else { throw error("expected a digit in a number") }
        }
        if consume(UInt8(ascii: ".")) {
            guard consumeDigits(into: &digits, fraction: true) else { throw error("expected a digit after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            let negativeExponent = consume(UInt8(ascii: "-"))
            if !negativeExponent { _ = consume(UInt8(ascii: "+")) }
            var exponent = 0
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index]) {
                // Beyond this any mantissa is zero or infinite; more digits change nothing.
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            guard index > digitsStart else { throw error("expected a digit in the exponent") }
            digits.exponent += negativeExponent ? -exponent : exponent
        }
        let magnitude = digits.exactValue ?? slowValue(start: isNegative ? start + 1 : start)
        guard magnitude.isFinite else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            index = start
            throw error("the number \(text) is out of range")
        }
        return isNegative ? -magnitude : magnitude
    }

    /// Adds the digits at the current position; false when there are none.
    private mutating func consumeDigits(into digits: inout DecimalDigits, fraction: Bool) -> Bool {
        let start = index
        while index < bytes.count, isDigit(bytes[index]) {
            digits.append(bytes[index] - UInt8(ascii: "0"), afterPoint: fraction)
            index += 1
        }
        return index > start
    }

    /// The correctly rounded value of the unsigned number text from `start` to here.
    private func slowValue(start: Int) -> Double {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return Double(text) ?? .infinity
    }

    func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

/// The digits of a decimal number as an integer and a power of ten, for the fast path.
private struct DecimalDigits {
    var mantissa: UInt64 = 0
    var exponent = 0
    /// More digits than a UInt64 holds (the exponent then stops being kept): only the slow
    /// path is exact.
    var overflowed = false

    /// Powers of ten that a Double holds exactly.
    private static let exactPowers: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    mutating func append(_ digit: UInt8, afterPoint: Bool) {
        if mantissa <= (UInt64.max - 9) / 10 {
            mantissa = mantissa * 10 + UInt64(digit)
            if afterPoint { exponent -= 1 }
        } else {
            overflowed = true
        }
    }

    /// The value when one exactly representable integer times or divided by one exactly
    /// representable power of ten gives it (a single, correctly rounded operation).
    var exactValue: Double? {
        guard !overflowed else { return nil }
        if mantissa == 0 { return 0 }
        guard mantissa <= 1 << 53, (-22...22).contains(exponent) else { return nil }
        let value = Double(mantissa)
        return exponent < 0 ? value / Self.exactPowers[-exponent] : value * Self.exactPowers[exponent]
    }
}
