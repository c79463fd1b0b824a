import Foundation
import KotaCerdasCore

/// One spreadsheet read whole: text checked, delimiter found, header and rows handed to the
/// table mapping, each row named by its line for the list of skipped rows.
enum CSVTable {
    static func map(
        _ bytes: [UInt8], mapping: TableMapping, delimiter configured: UInt8?, defaultDimension: String
    ) throws(AdapterError) -> AdaptedDocument {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        if let line = TextCheck.firstLineNotUTF8(bytes, from: start) {
            throw AdapterError("line \(line): not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"")
        }
        let delimiter = configured ?? CSVDelimiter.detect(in: bytes, from: start)
        var reader = CSVReader(bytes: bytes, delimiter: delimiter, start: start)
        do {
            guard let headerRecord = try reader.next() else { throw AdapterError("the spreadsheet is empty: no header line") }
            let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            var pending = try reader.next()
            // Spreadsheets whose delimiter is ";" write decimals with a comma.
            let decimal: DecimalSeparator = delimiter == UInt8(ascii: ";") ? .comma : .point
            var mapper = try TableMapper(
                header: header, firstRow: pending.map { cells($0.fields) }, mapping: mapping,
                defaultDimension: defaultDimension, decimal: decimal, noun: "rows")
            while let record = pending {
                if record.fields.count > header.count, record.fields[header.count...].contains(where: { !$0.isEmpty }) {
                    mapper.skip("more fields than the header", record: "line \(record.line)")
                } else {
                    mapper.add(cells(record.fields), record: "line \(record.line)")
                }
                pending = try reader.next()
            }
            var document = mapper.finish()
            if delimiter != UInt8(ascii: ",") && configured == nil {
                // Said once, so a surprising reading of numbers can be traced to it.
                document.summary?.note("delimiter \"\(CSVDelimiter.name(delimiter))\"")
            }
            return document
        } catch let error as CSVSyntaxError {
            throw AdapterError(error.description)
        } catch let error as AdapterError {
            throw error
        } catch {
            throw AdapterError("\(error)")
        }
    }

    /// The dimension of a spreadsheet's indicators when neither a column nor the config
    /// names one: after the file (`kota-indikator.csv` → `kota-indikator`), else `csv`.
    static func dimension(for url: URL?) -> String {
        guard let url else { return "csv" }
        return IdentifierText.slug(url.deletingPathExtension().lastPathComponent) ?? "csv"
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func cells(_ fields: [String]) -> [TableCell] {
        fields.map { $0.isEmpty ? .empty : .text($0) }
    }
}

/// Finds where bytes stop being UTF-8, by line, for a message a person can act on.
enum TextCheck {
    static func firstLineNotUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        // The common case, valid text, costs one validating pass.
        if String(validating: bytes[start...], as: UTF8.self) != nil { return nil }
        var line = 1
        var lineStart = start
        for index in start...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
