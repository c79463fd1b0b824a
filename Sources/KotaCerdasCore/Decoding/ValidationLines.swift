/// What `ValidationLines` reads of a decoding result: a single document's or a collection's.
public protocol ValidationResult {
    var problems: [Problem] { get }
    /// True for a single partial document.
    var isPartial: Bool { get }
    /// How many cities a valid result holds (a collection has several).
    var cityCount: Int { get }
}

extension DocumentDecoder.Result: ValidationResult {
    public var cityCount: Int { 1 }
}

extension CityCollection.Result: ValidationResult {
    public var cityCount: Int { documents?.count ?? 1 }
}

/// The lines `kotacerdas validate` prints for one document, in one place so every other
/// reporter of a document's problems (`serve` refusing a pushed document) words them the same.
public enum ValidationLines {
    /// One line per problem, `NAME: LOCATION: MESSAGE`, errors and warnings in document order.
    public static func problems(_ result: some ValidationResult, name: String) -> [String] {
        result.problems.map { "\(name): \($0)" }
    }

    /// The verdict: `NAME: invalid (2 errors, 1 warning)`, `NAME: valid partial document`,
    /// `NAME: valid collection of 4 cities`.
    public static func summary(_ result: some ValidationResult, name: String) -> String {
        let errors = result.problems.filter(\.isError).count
        let warnings = result.problems.count - errors
        if errors > 0 {
            return "\(name): invalid (\(count(errors, "error")), \(count(warnings, "warning")))"
        }
        let kind = result.isPartial ? "valid partial document"
            : result.cityCount > 1 ? "valid collection of \(result.cityCount) cities" : "valid"
        return "\(name): \(kind)" + (warnings > 0 ? " (\(count(warnings, "warning")))" : "")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }
}
