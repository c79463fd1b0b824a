/// Makes text from a document safe to print on a terminal.
///
/// Messages quote data (values, member names, dates) and are printed by `validate` and
/// `snapshot`. A data author could otherwise embed escape sequences that retitle or
/// repaint the reader's terminal, or bidi overrides that make a message read differently
/// from what it says.
public enum ControlCharacters {
    /// `text` with every C0 and C1 control, DEL and bidi control written as a visible
    /// `\u{1B}`-style escape. Escaping twice changes nothing more.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
