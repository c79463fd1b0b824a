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
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
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
