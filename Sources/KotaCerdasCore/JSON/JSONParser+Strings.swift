extension JSONParser {
    /// Reads a string starting at its opening quote. A string without escapes (nearly
    /// all of them) becomes a `String` straight from its byte range, validated as UTF-8
    /// only when it has a non-ASCII byte.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        let runStart = index
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try makeString(bytes[runStart..<index], isASCII: isASCII)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                unescaped.removeAll(keepingCapacity: true)
                unescaped.append(contentsOf: bytes[runStart..<index])
                return try parseEscapedRest(openedAt: start)
            }
            if byte < 0x20 { throw controlCharacter(byte) }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        index = start
        throw error("a string that is never closed")
    }

    /// The rest of a string once the first escape is met: raw runs and decoded escapes
    /// gather in `unescaped`, validated once at the closing quote.
    private mutating func parseEscapedRest(openedAt start: Int) throws(JSONSyntaxError) -> String {
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                unescaped.append(contentsOf: bytes[runStart..<index])
                let text = try unescaped.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
                    try makeString(buffer[...], isASCII: false)
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                unescaped.append(contentsOf: bytes[runStart..<index])
                let scalar = try parseEscape()
                unescaped.append(contentsOf: UTF8.encode(scalar)!)
                runStart = index
                continue
            }
            if byte < 0x20 { throw controlCharacter(byte) }
            index += 1
        }
        index = start
        throw error("a string that is never closed")
    }

    private func makeString(_ run: Slice<UnsafeBufferPointer<UInt8>>, isASCII: Bool) throws(JSONSyntaxError) -> String {
        let buffer = UnsafeBufferPointer(rebasing: run)
        if isASCII { return String(decoding: buffer, as: UTF8.self) }
        guard let text = String(validating: buffer, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
        return text
    }

    private func controlCharacter(_ byte: UInt8) -> JSONSyntaxError {
        error("control character U+\(hex4(UInt32(byte))) in a string; write it as an escape such as \\n")
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw error("unexpected end of input in an escape") }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try parseUnicodeEscape()
        default:
            index -= 1
            throw error("invalid escape '\\\(describeByte(code))' in a string")
        }
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHex4()
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("a lone UTF-16 high surrogate \\u\(hex4(first))")
            }
            index += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("\\u\(hex4(first)) must be followed by a low surrogate")
            }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return Unicode.Scalar(combined) ?? "\u{FFFD}"
        }
        if (0xDC00...0xDFFF).contains(first) {
            throw error("a lone UTF-16 low surrogate \\u\(hex4(first))")
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw error("\\u must be followed by four hexadecimal digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
