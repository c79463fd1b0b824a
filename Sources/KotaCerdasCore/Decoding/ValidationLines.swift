/// The lines `kotacerdas validate` prints for one document, in one place so every other
/// reporter of a document's problems (`serve` refusing a pushed document) words them the same.
public enum ValidationLines {
    /// One line per problem, `NAME: LOCATION: MESSAGE`, errors and warnings in document order.
    public static func problems(_ result: DocumentDecoder.Result, name: String) -> [String] {
        result.problems.map { "\(name): \($0)" }
    }

    /// The verdict: `NAME: invalid (2 errors, 1 warning)`, `NAME: valid partial document`.
    public static func summary(_ result: DocumentDecoder.Result, name: String) -> String {
        let errors = result.errors.count
        let warnings = result.warnings.count
        if errors > 0 {
            return "\(name): invalid (\(count(errors, "error")), \(count(warnings, "warning")))"
        }
        let kind = result.isPartial ? "valid partial document" : "valid"
        return "\(name): \(kind)" + (warnings > 0 ? " (\(count(warnings, "warning")))" : "")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }
}
