import KotaCerdasCore
import TOMLKit

extension TableReader {
    /// A nested table as JSON, for settings whose keys only their user knows (an adapter's
    /// table): strings, numbers, booleans, arrays and tables; dates and times as their text.
    func json(_ key: String) throws(ConfigurationError) -> JSONObject? {
        guard let value = self[key] else { return nil }
        guard case .object(let object) = Self.json(of: value) else { throw error(key, "must be a table") }
        return object
    }

    private static func json(of value: any TOMLValueConvertible) -> JSONValue {
        if let table = value.table {
            return .object(JSONObject(table.keys.compactMap { key in table[key].map { (key, json(of: $0)) } }))
        }
        if let array = value.array { return .array(array.map { json(of: $0) }) }
        if let flag = value.bool { return .bool(flag) }
        if let number = value.int { return .number(Double(number)) }
        if let number = value.double { return .number(number) }
        if let text = value.string { return .string(text) }
        return .string(value.debugDescription)
    }
}
