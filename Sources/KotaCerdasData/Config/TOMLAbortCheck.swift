/// Finds the TOML mistakes that toml++ (under TOMLKit) cannot survive.
///
/// toml++ 3.4 asserts where it should report, and SwiftPM compiles it with assertions
/// on, so these aborted the whole program instead of giving a syntax error (both found
/// by fuzzing, Fuzz/Crashers/config):
///
/// - a table header whose first character after `[` or `[[` (and any spaces) cannot
///   start a key: `[` and a line break, `[=`, `[#` …;
/// - a `}` where an array expects a value: `views = [}`, `views = ["home", }`.
///
/// They are found here first; everything else is still left to toml++.
///
/// The scan only has to be right on text that toml++ reads without error up to the
/// mistake, since toml++ stops at its first error: strings, arrays and inline tables
/// there are well formed, so a `[` at the start of a statement is a header and the
/// innermost open bracket is known.
enum TOMLAbortCheck {
    /// Line and column (1-based, in bytes) of the first such mistake, and what it is.
    static func firstAbort(in text: String) -> (line: Int, column: Int, message: String)? {
        let bytes = Array(text.utf8)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var lineStart = index
        /// The `[` and `{` of the values open at this point.
        var open: [UInt8] = []
        var atStatementStart = true

        func byte(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func isSpace(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }
        func canStartKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
                return true
            default:
                return false
            }
        }

        while index < bytes.count {
            let current = bytes[index]
            switch current {
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                if open.isEmpty { atStatementStart = true }
                continue
            case 0x20, 0x09, 0x0D:
                index += 1
                continue
            case UInt8(ascii: "#"):
                while let next = byte(index), next != 0x0A { index += 1 }
                continue
            default:
                break
            }
            if atStatementStart {
                atStatementStart = false
                if current == UInt8(ascii: "[") {
                    var next = index + 1
                    if byte(next) == UInt8(ascii: "[") { next += 1 }
                    while isSpace(byte(next)) { next += 1 }
                    if let first = byte(next), !canStartKey(first) {
                        return (line, next - lineStart + 1, "a table header needs a name after '[', like [kiosk] or [[sources]]")
                    }
                    // A header is one line; its quoted parts cannot span lines.
                    while let rest = byte(index), rest != 0x0A { index += 1 }
                    continue
                }
            }
            switch current {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let triple = byte(index + 1) == current && byte(index + 2) == current
                index += triple ? 3 : 1
                while let next = byte(index) {
                    if next == UInt8(ascii: "\\") && current == UInt8(ascii: "\"") {
                        if byte(index + 1) == 0x0A { line += 1; lineStart = index + 2 }
                        index += 2
                        continue
                    }
                    if next == 0x0A {
                        guard triple else { break }
                        line += 1
                        lineStart = index + 1
                    }
                    if next == current && (!triple || (byte(index + 1) == current && byte(index + 2) == current)) {
                        index += triple ? 3 : 1
                        // Up to two more quotes may close a multi-line string: `"""a""""`.
                        var extra = 0
                        while triple, extra < 2, byte(index) == current { index += 1; extra += 1 }
                        break
                    }
                    index += 1
                }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(current)
            case UInt8(ascii: "}") where open.last == UInt8(ascii: "["):
                return (line, index - lineStart + 1, "'}' in an array; an array ends with ']'")
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                _ = open.popLast()
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
