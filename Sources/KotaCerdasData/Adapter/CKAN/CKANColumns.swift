import KotaCerdasCore

/// The columns of a CKAN resource, fixed by its first answer, and its records as rows of
/// cells in that order: records are objects keyed by column id, or arrays in field order.
struct CKANColumns {
    let header: [String]
    private let indexByID: [String: Int]

    init(_ fields: [String]) {
        header = fields
        indexByID = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The record's cells by column; nil for a record that is neither an object nor an array.
    func cells(_ record: JSONValue) -> [TableCell]? {
        switch record {
        case .object(let object):
            var cells = [TableCell](repeating: .empty, count: header.count)
            for (key, value) in object.members {
                if let index = indexByID[key] { cells[index] = TableCell(value) }
            }
            return cells
        case .array(let values):
            return values.map(TableCell.init)
        default:
            return nil
        }
    }

    /// How a skipped record is named: by its `_id` where it has one, else by its place.
    func label(_ record: JSONValue, place: Int) -> String {
        if case .number(let id)? = record["_id"] { return "_id \(JSONWriter.format(id))" }
        if case .array(let values) = record, let index = indexByID["_id"], index < values.count,
           case .number(let id) = values[index] { return "_id \(JSONWriter.format(id))" }
        return "record \(place)"
    }
}
