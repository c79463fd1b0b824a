/// Lays one document over another, the rule every source merge follows: objects merge
/// member by member, arrays of objects with an `"id"` merge by id (new ids are appended,
/// in the overlay's order), anything else is replaced.
///
/// Linear in the size of both documents: ids are looked up in a table, never searched.
public enum DocumentMerge {
    public static func merge(_ base: JSONValue, _ overlay: JSONValue) -> JSONValue {
        switch (base, overlay) {
        case (.object(let base), .object(let overlay)):
            var result = base
            for member in overlay.members {
                result[member.key] = base[member.key].map { merge($0, member.value) } ?? member.value
            }
            return .object(result)
        case (.array(let base), .array(let overlay)):
            guard let baseIDs = identities(of: base), let overlayIDs = identities(of: overlay) else { return .array(overlay) }
            var result = base
            var position = Dictionary(baseIDs.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
            for (element, id) in zip(overlay, overlayIDs) {
                if let index = position[id] {
                    result[index] = merge(result[index], element)
                } else {
                    position[id] = result.count
                    result.append(element)
                }
            }
            return .array(result)
        default:
            return overlay
        }
    }

    /// A string `"id"` of an object, the key arrays merge by.
    public static func identity(of value: JSONValue) -> String? {
        if case .string(let id)? = value[DocumentShape.Member.id] { return id }
        return nil
    }

    /// The ids of a non-empty array whose every element is an object with an id; nil
    /// otherwise. An empty overlay replaces, so a source can say "no programmes" explicitly.
    private static func identities(of elements: [JSONValue]) -> [String]? {
        guard !elements.isEmpty else { return nil }
        var ids: [String] = []
        ids.reserveCapacity(elements.count)
        for element in elements {
            guard let id = identity(of: element) else { return nil }
            ids.append(id)
        }
        return ids
    }
}
