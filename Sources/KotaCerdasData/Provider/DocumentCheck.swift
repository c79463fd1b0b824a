import KotaCerdasCore

/// Parses and decodes one source's bytes on their own, so a broken source is blamed by
/// name before its document gets anywhere near the merge.
enum DocumentCheck {
    /// The parsed document, or a one-line message naming the first error and, when
    /// given, the source (`sumenep.json: line 12, column 5: unexpected '}'`).
    static func check(_ bytes: [UInt8], name: String?) -> Result<JSONValue, DocumentProblem> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            return .failure(DocumentProblem(name: name, problems: [Problem(syntax: error)]))
        }
        let errors = CityCollection.decode(json).errors
        guard errors.isEmpty else { return .failure(DocumentProblem(name: name, problems: errors)) }
        return .success(json)
    }
}

/// The errors that make a source's document unusable, summed up in one line.
struct DocumentProblem: Error, CustomStringConvertible {
    let name: String?
    let problems: [Problem]

    var description: String {
        let first = problems.first.map(\.description) ?? "unusable document"
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        return (name.map { $0 + ": " } ?? "") + first + more
    }
}
