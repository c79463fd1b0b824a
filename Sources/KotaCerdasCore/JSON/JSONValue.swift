/// A parsed JSON value that keeps the order of object members, so documents keep the
/// order their authors gave (dimensions, indicators) and messages can point at them.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short description for error messages: the kind and, for scalars, the value.
    public var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return JSONWriter.format(number)
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\"" + shown + "\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The object, if this is one.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// Member `key` of an object; nil for anything else.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}
