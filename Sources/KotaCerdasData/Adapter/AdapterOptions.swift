import KotaCerdasCore

/// The settings of one source's adapter, as the config file gives them in the source's
/// adapter table (`[sources.ngsi]`, `[sources.ckan]`, `[sources.csv]`), read strictly:
/// unknown keys and wrong types are errors naming the file and the key's full path.
///
/// The config parser hands the table over as JSON without knowing its keys, so each
/// adapter alone decides what its table may hold.
public struct AdapterOptions: Equatable, Sendable {
    /// The table's contents.
    public let json: JSONObject
    /// Where the table is, for messages: `sources[2].ngsi`.
    public let path: String
    /// The config file, for messages; nil when the options did not come from a file.
    public let file: String?

    public init(_ json: JSONObject = JSONObject(), path: String, file: String? = nil) {
        self.json = json
        self.path = path
        self.file = file
    }

    public var keys: [String] { json.keys }

    public func error(_ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, "\(path).\(key): \(message)")
    }

    public func allowOnly(_ known: Set<String>) throws(ConfigurationError) {
        if let unknown = json.keys.first(where: { !known.contains($0) }) {
            throw error(unknown, "unknown key; expected one of " + known.sorted().joined(separator: ", "))
        }
    }

    public func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = json[key] else { return nil }
        guard case .string(let text) = value else { throw error(key, "must be a string") }
        return text
    }

    public func number(_ key: String) throws(ConfigurationError) -> Double? {
        guard let value = json[key] else { return nil }
        guard case .number(let number) = value, number.isFinite else { throw error(key, "must be a number") }
        return number
    }

    public func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = json[key] else { return nil }
        guard case .bool(let flag) = value else { throw error(key, "must be true or false") }
        return flag
    }

    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let value = json[key] else { return nil }
        guard case .array(let elements) = value else { throw error(key, "must be an array of strings") }
        return try elements.map { (element) throws(ConfigurationError) in
            guard case .string(let text) = element else { throw error(key, "must be an array of strings") }
            return text
        }
    }

    /// One of `allowed`, written as its raw value.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(ConfigurationError) -> T?
    where T.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            throw error(key, "unknown value \"\(text)\"; allowed: " + T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return value
    }

    /// A nested table (`[sources.ngsi.kpi]`).
    public func table(_ key: String) throws(ConfigurationError) -> AdapterOptions? {
        guard let value = json[key] else { return nil }
        guard case .object(let object) = value else { throw error(key, "must be a table") }
        return AdapterOptions(object, path: "\(path).\(key)", file: file)
    }

    /// An array of tables (`[[sources.ngsi.observed]]`), each named `key[n]` (from 1) in messages.
    public func tables(_ key: String) throws(ConfigurationError) -> [AdapterOptions] {
        guard let value = json[key] else { return [] }
        guard case .array(let elements) = value else { throw error(key, "must be an array of tables ([[\(path).\(key)]])") }
        return try elements.enumerated().map { (index, element) throws(ConfigurationError) in
            guard case .object(let object) = element else { throw error(key, "must be an array of tables ([[\(path).\(key)]])") }
            return AdapterOptions(object, path: "\(path).\(key)[\(index + 1)]", file: file)
        }
    }
}
