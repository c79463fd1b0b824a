/// Writes records as RFC 4180 CSV: fields separated by the delimiter, records ended by
/// CRLF, a field quoted (with inner quotes doubled) when it holds the delimiter, a
/// quote or a line break, or starts or ends with a space a spreadsheet would trim.
public struct CSVWriter: Sendable {
    public let delimiter: Character

    /// The UTF-8 byte-order mark: spreadsheets (Excel above all) read a file as UTF-8
    /// only when it starts with one; without, `Sumenép` arrives as `SumenÃ©p`.
    public static let byteOrderMark = "\u{FEFF}"

    public init(delimiter: Character) {
        self.delimiter = delimiter
    }

    /// One record and its CRLF.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + "\r\n"
    }

    private func field(_ text: String) -> String {
        let needsQuotes = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
