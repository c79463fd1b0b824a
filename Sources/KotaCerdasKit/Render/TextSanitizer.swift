/// Makes untrusted text safe to put on screen: nothing from a data file may move the
/// cursor, change colours, write the clipboard, retitle the terminal or reorder text.
///
/// Every escape sequence, control character or bidi control becomes exactly one visible
/// placeholder, so tampered data is noticed instead of silently hidden; tabs and line
/// breaks become a space because they are layout, not attacks.
public struct TextSanitizer: Sendable {
    /// The text shown in place of each removed sequence.
    public let placeholder: String
    /// Whether the output must be plain ASCII (a terminal without UTF-8).
    public let asciiOnly: Bool

    /// A sanitizer that marks removed sequences with `placeholder` (one column wide) and,
    /// with `asciiOnly`, folds the rest of the text to ASCII.
    public init(placeholder: String, asciiOnly: Bool = false) {
        self.placeholder = placeholder
        self.asciiOnly = asciiOnly
    }

    /// `text` with every unsafe sequence replaced; safe text is returned unchanged.
    public func sanitize(_ text: String) -> String {
        let safe = withoutControls(text)
        return asciiOnly ? ASCIIFolding.fold(safe) : safe
    }

    private func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Self.isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isLayoutBreak(scalar) {
                // CR LF is one line break, so it becomes one space.
                let isCRLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
                index += isCRLF ? 2 : 1
                output.append(" ")
            } else if Self.isUnsafe(scalar) {
                index = Self.endOfSequence(in: scalars, startingAt: index)
                output.append(contentsOf: placeholder.unicodeScalars)
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    private static func isLayoutBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The index just past the sequence that starts at `start`: a whole escape sequence
    /// for ESC and the 8-bit introducers, a single scalar for anything else.
    private static func endOfSequence(in scalars: [Unicode.Scalar], startingAt start: Int) -> Int {
        let introducer = scalars[start].value
        switch introducer {
        case 0x9B:
            return endOfControlSequence(in: scalars, from: start + 1)
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            return endOfControlString(in: scalars, from: start + 1)
        case 0x1B:
            guard start + 1 < scalars.count else { return start + 1 }
            switch scalars[start + 1] {
            case "[":
                return endOfControlSequence(in: scalars, from: start + 2)
            case "]", "P", "X", "^", "_":
                return endOfControlString(in: scalars, from: start + 2)
            default:
                return endOfEscape(in: scalars, from: start + 1)
            }
        default:
            return start + 1
        }
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte
    /// 0x40–0x7E. A byte outside that grammar ends the sequence without being consumed.
    private static func endOfControlSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if (0x20...0x3F).contains(value) {
                index += 1
            } else if (0x40...0x7E).contains(value) {
                return index + 1
            } else {
                return index
            }
        }
        return index
    }

    /// OSC, DCS, SOS, PM, APC: everything up to BEL, ESC \ or the 8-bit ST. An unended
    /// string swallows the rest of the text, as a terminal would.
    private static func endOfControlString(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                let isTerminator = index + 1 < scalars.count && scalars[index + 1] == "\\"
                return isTerminator ? index + 2 : index
            default:
                index += 1
            }
        }
        return index
    }

    /// Other escapes: intermediate bytes 0x20–0x2F, then one final byte 0x30–0x7E
    /// (`ESC c` resets the terminal, `ESC ( 0` switches to line drawing).
    private static func endOfEscape(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) {
            index += 1
        }
        if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) {
            return index + 1
        }
        return index
    }
}
