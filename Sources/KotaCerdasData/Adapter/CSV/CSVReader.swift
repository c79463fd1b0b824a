/// A strict RFC 4180 reader: records of fields from UTF-8 bytes, one pass, each byte looked
/// at once, with the line every record starts on.
///
/// Fields are separated by the delimiter (`,` or `;`), records by CRLF, LF or CR. A field
/// in double quotes may hold delimiters, line breaks and doubled quotes (`""`). What a
/// lenient reader would guess at — a quote inside an unquoted field, text after a closing
/// quote, a quote never closed — is an error naming its line and field, because a guess
/// there shifts every later value into the wrong column without a word.
struct CSVReader {
    /// One record and where it starts.
    struct Record {
        var fields: [String]
        /// The line (from 1) the record starts on; a quoted line break makes a record span lines.
        var line: Int
    }

    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position: Int
    private var line = 1

    /// - Parameter bytes: Valid UTF-8 (the delimiter, quotes and line breaks are ASCII, so
    ///   every field cut at them is valid too), without a byte-order mark.
    init(bytes: [UInt8], delimiter: UInt8, start: Int = 0) {
        self.bytes = bytes
        self.delimiter = delimiter
        position = start
    }

    /// The next record, or nil at the end. Blank lines are passed over.
    mutating func next() throws(CSVSyntaxError) -> Record? {
        while position < bytes.count {
            let record = try readRecord()
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            return record
        }
        return nil
    }

    private mutating func readRecord() throws(CSVSyntaxError) -> Record {
        let startLine = line
        var fields: [String] = []
        while true {
            let field = try readField(number: fields.count + 1)
            fields.append(field)
            guard position < bytes.count else { break }
            let byte = bytes[position]
            position += 1
            if byte == delimiter { continue }
            endLine(after: byte)
            break
        }
        return Record(fields: fields, line: startLine)
    }

    /// Reads one field, leaving `position` on the delimiter or line break after it.
    private mutating func readField(number: Int) throws(CSVSyntaxError) -> String {
        guard position < bytes.count, bytes[position] == Self.quote else { return try readPlainField(number: number) }
        let openedOn = line
        position += 1
        var start = position
        var unescaped: [UInt8]?
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                if position + 1 < bytes.count && bytes[position + 1] == Self.quote {
                    // A doubled quote: keep one.
                    unescaped = unescaped ?? []
                    unescaped?.append(contentsOf: bytes[start...position])
                    position += 2
                    start = position
                    continue
                }
                let end = position
                position += 1
                if position < bytes.count, bytes[position] != delimiter, !Self.isLineBreak(bytes[position]) {
                    throw CSVSyntaxError(line: line, field: number, "text after the closing quote; a quote inside a quoted field is written twice (\"\")")
                }
                let tail = bytes[start..<end]
                if var unescaped {
                    unescaped.append(contentsOf: tail)
                    return String(decoding: unescaped, as: UTF8.self)
                }
                return String(decoding: tail, as: UTF8.self)
            }
            if byte == Self.lineFeed || (byte == Self.carriageReturn && bytes.get(position + 1) != Self.lineFeed) { line += 1 }
            position += 1
        }
        throw CSVSyntaxError(line: openedOn, field: number, "a quoted field starts here and is never closed")
    }

    private mutating func readPlainField(number: Int) throws(CSVSyntaxError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || Self.isLineBreak(byte) { break }
            if byte == Self.quote {
                throw CSVSyntaxError(line: line, field: number, "a quote inside an unquoted field; put the whole field in quotes and write the quote twice (\"\")")
            }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Counts the line a record ended with, taking CRLF as one break.
    private mutating func endLine(after byte: UInt8) {
        if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        line += 1
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn
    }
}

/// Why a CSV file cannot be read, with the line (from 1) and field (from 1) where it went wrong.
struct CSVSyntaxError: Error, CustomStringConvertible {
    let line: Int
    let field: Int
    let reason: String

    init(line: Int, field: Int, _ reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    var description: String { "line \(line), field \(field): \(reason)" }
}

private extension Array where Element == UInt8 {
    func get(_ index: Int) -> UInt8? {
        index < count ? self[index] : nil
    }
}
