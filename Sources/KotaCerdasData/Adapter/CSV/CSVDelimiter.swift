/// Tells which delimiter a CSV file uses from its header line: spreadsheets set to the
/// Indonesian locale export `;` (their decimal separator is the comma), others `,`, and
/// some `\t`. The one that occurs most often outside quotes wins; a single column is `,`.
enum CSVDelimiter {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The delimiters as the config may write them: the character, or `\t` and `tab` for a tab.
    static let named: [String: UInt8] = [
        ",": UInt8(ascii: ","), ";": UInt8(ascii: ";"), "\t": UInt8(ascii: "\t"), "\\t": UInt8(ascii: "\t"), "tab": UInt8(ascii: "\t"),
    ]

    static func detect(in bytes: [UInt8], from start: Int) -> UInt8 {
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if let which = candidates.firstIndex(of: byte) { counts[which] += 1 }
            }
            index += 1
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return counts[best] == 0 ? candidates[0] : candidates[best]
    }

    /// How a delimiter is written in the config and in messages.
    static func name(_ byte: UInt8) -> String {
        byte == UInt8(ascii: "\t") ? "\\t" : String(UnicodeScalar(byte))
    }
}
