import TOMLKit

/// Typed, strict access to one TOML table, with errors that name the key's full path.
struct TableReader {
    private let table: TOMLTable
    private let path: String
    let file: String

    init(_ table: TOMLTable, path: String, file: String) {
        self.table = table
        self.path = path
        self.file = file
    }

    var keys: [String] { table.keys }

    subscript(key: String) -> (any TOMLValueConvertible)? { table[key] }

    func error(_ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, "\(name(of: key)): \(message)")
    }

    /// The key's full path, as messages name it: `sources[2].ngsi`.
    func name(of key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    func allowOnly(_ known: Set<String>) throws(ConfigurationError) {
        if let unknown = table.keys.first(where: { !known.contains($0) }) {
            throw error(unknown, "unknown key; expected one of " + known.sorted().joined(separator: ", "))
        }
    }

    func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error(key, "must be a string") }
        return text
    }

    func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error(key, "must be an array of strings") }
        return try array.map { (element) throws(ConfigurationError) in
            guard let text = element.string else { throw error(key, "must be an array of strings") }
            return text
        }
    }

    /// `"30s"`, `"5m"`, `"500ms"`, or a number of seconds, within `limits`.
    func duration(_ key: String, in limits: DurationLimits) throws(ConfigurationError) -> Double? {
        guard let value = table[key] else { return nil }
        do throws(DurationError) {
            if let seconds = value.double ?? value.int.map(Double.init) {
                return try limits.check(seconds, written: String(describing: seconds))
            }
            guard let text = value.string else { throw DurationError(text: value.debugDescription, limits: limits) }
            return try DurationText.seconds(text, in: limits)
        } catch {
            throw self.error(key, error.description)
        }
    }

    /// `"16MiB"`, `"512KiB"`, or a number of bytes.
    func byteCount(_ key: String) throws(ConfigurationError) -> Int? {
        guard let value = table[key] else { return nil }
        if let bytes = value.int, bytes > 0 { return bytes }
        guard let text = value.string, let bytes = ByteCountText.bytes(text), bytes > 0 else {
            throw error(key, "must be a size like \"16MiB\", \"512KiB\" or a number of bytes")
        }
        return bytes
    }

    func table(_ key: String) throws(ConfigurationError) -> TableReader? {
        guard let value = table[key] else { return nil }
        guard let nested = value.table else { throw error(key, "must be a table") }
        return TableReader(nested, path: path.isEmpty ? key : path + "." + key, file: file)
    }

    /// An array of tables (`[[key]]`), each named `key[n]` (from 1) in errors.
    func tables(_ key: String) throws(ConfigurationError) -> [TableReader] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw error(key, "must be an array of tables ([[\(key)]])") }
        return try array.enumerated().map { (index, element) throws(ConfigurationError) in
            guard let nested = element.table else { throw error(key, "must be an array of tables ([[\(key)]])") }
            return TableReader(nested, path: "\(key)[\(index + 1)]", file: file)
        }
    }
}

extension TableReader {
    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = self[key] else { return nil }
        guard let flag = value.bool else { throw error(key, "must be true or false") }
        return flag
    }

    func int(_ key: String) throws(ConfigurationError) -> Int? {
        guard let value = self[key] else { return nil }
        guard let number = value.int else { throw error(key, "must be a whole number") }
        return number
    }
}
