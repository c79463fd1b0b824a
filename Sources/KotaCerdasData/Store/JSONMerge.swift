import KotaCerdasCore

/// Lays one document over another: objects merge member by member, arrays of objects
/// with `"id"` merge by id (new ids are appended), anything else is replaced.
enum JSONMerge {
    static func merge(_ base: JSONValue, _ overlay: JSONValue) -> JSONValue {
        switch (base, overlay) {
        case (.object(let base), .object(let overlay)):
            var result = base
            for member in overlay.members {
                result[member.key] = base[member.key].map { merge($0, member.value) } ?? member.value
            }
            return .object(result)
        case (.array(let base), .array(let overlay)) where isIdentified(base) && isIdentified(overlay):
            var result = base
            for element in overlay {
                if let index = result.firstIndex(where: { identity(of: $0) == identity(of: element) }) {
                    result[index] = merge(result[index], element)
                } else {
                    result.append(element)
                }
            }
            return .array(result)
        default:
            return overlay
        }
    }

    /// A string `"id"` of an object, the key arrays merge by.
    static func identity(of value: JSONValue) -> String? {
        if case .string(let id)? = value["id"] { return id }
        return nil
    }

    /// Non-empty and every element an object with an id. An empty overlay replaces, so a
    /// source can say "no programmes" explicitly.
    private static func isIdentified(_ elements: [JSONValue]) -> Bool {
        !elements.isEmpty && elements.allSatisfy { identity(of: $0) != nil }
    }
}
