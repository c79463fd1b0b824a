/// Text made safe inside XML and HTML elements and attribute values.
enum MarkupText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities, and any character XML
    /// 1.0 forbids (controls other than tab and newline, lone surrogates cannot occur in a
    /// Swift string) replaced by U+FFFD, so the document always parses.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
