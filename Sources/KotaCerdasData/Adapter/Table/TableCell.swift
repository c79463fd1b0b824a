import Foundation
import KotaCerdasCore

/// One cell of a table as its source gives it: a spreadsheet's text, or a portal's JSON
/// value (numbers often come as text there too).
public enum TableCell: Equatable, Sendable {
    case empty
    case text(String)
    case number(Double)

    /// A portal's JSON value as a cell; `null` and `""` are empty.
    public init(_ json: JSONValue) {
        switch json {
        case .null: self = .empty
        case .string(let text): self = text.isEmpty ? .empty : .text(text)
        case .number(let number): self = .number(number)
        case .bool(let flag): self = .text(flag ? "true" : "false")
        case .array, .object: self = .text(json.summary)
        }
    }

    /// The cell as text, trimmed; nil when empty or blank.
    var text: String? {
        switch self {
        case .empty: return nil
        case .number(let number): return JSONWriter.format(number)
        case .text(let text):
            // Most cells have nothing to trim; only those that might pay for trimming.
            guard let first = text.utf8.first, let last = text.utf8.last else { return nil }
            if Self.isPlainEnd(first) && Self.isPlainEnd(last) { return text }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// True for a byte that is surely no white space: printable ASCII but the space.
    /// (Non-ASCII may begin or end a no-break or ideographic space.)
    private static func isPlainEnd(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// The cell as a number, read with `decimal` where a text leaves it open.
    func number(decimal: DecimalSeparator) -> NumberText.Reading {
        switch self {
        case .empty: return .missing
        case .number(let number): return .number(number)
        case .text(let text): return NumberText.read(text, decimal: decimal)
        }
    }

    /// True for a cell whose text reads as a number: row numbers and figures, never a name.
    var looksNumeric: Bool {
        if case .number = number(decimal: .point) { return true }
        return false
    }
}
