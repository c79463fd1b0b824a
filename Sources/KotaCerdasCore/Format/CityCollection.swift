/// Several cities in one document: `{"format": "kotacerdas/v1", "cities": [document, …]}`,
/// each member a whole kotacerdas/v1 document of its own. A province's regencies, a
/// national ranking, or what `serve` publishes when it serves several cities.
///
/// Everything that reads documents asks here, so a collection is taken apart in one place:
/// the store splits it into its cities, the source check and `validate` check each member.
public enum CityCollection {
    /// The member that holds the cities.
    public static let citiesMember = "cities"

    /// True for a collection: an object with a `cities` member and no `city` of its own.
    public static func isCollection(_ json: JSONValue) -> Bool {
        json[citiesMember] != nil && json[DocumentShape.Member.city] == nil
    }

    /// The city documents in `json`: a collection's members, or `json` itself.
    public static func documents(in json: JSONValue) -> [JSONValue] {
        guard isCollection(json) else { return [json] }
        guard case .array(let members)? = json[citiesMember] else { return [] }
        return members
    }

    /// The collection of `documents`, in their order.
    public static func collection(_ documents: [JSONValue]) -> JSONValue {
        .object(JSONObject([
            (DocumentShape.Member.format, .string(CityDocument.formatIdentifier)), (citiesMember, .array(documents)),
        ]))
    }

    /// The `city.id` a document names, if any (a partial update often names none).
    public static func cityID(of document: JSONValue) -> String? {
        guard case .string(let id)? = document[DocumentShape.Member.city]?[DocumentShape.Member.id] else { return nil }
        return id
    }

    /// What decoding a document or a collection found.
    public struct Result: Sendable {
        /// Every city, in order, when none has an error.
        public let documents: [CityDocument]?
        /// Every problem; a member's are placed under `cities[i]`.
        public let problems: [Problem]
        /// True for a single partial document.
        public let isPartial: Bool

        public var errors: [Problem] { problems.filter(\.isError) }
        public var warnings: [Problem] { problems.filter { !$0.isError } }
    }

    /// Decodes a single document as `DocumentDecoder` does, or each member of a collection.
    /// A collection must have at least one city and no city id twice.
    public static func decode(_ json: JSONValue) -> Result {
        guard isCollection(json) else {
            let result = DocumentDecoder.decode(json)
            return Result(documents: result.document.map { [$0] }, problems: result.problems, isPartial: result.isPartial)
        }
        let path = JSONPath.root.member(citiesMember)
        guard case .array(let members)? = json[citiesMember], !members.isEmpty else {
            return Result(documents: nil, problems: [Problem(.error, at: path, "expected a non-empty array of city documents")],
                          isPartial: false)
        }
        var problems: [Problem] = []
        var documents: [CityDocument] = []
        var seen: Set<String> = []
        for (position, member) in members.enumerated() {
            let result = DocumentDecoder.decode(member)
            problems += result.problems.map { $0.placed(under: path.index(position)) }
            guard let document = result.document else { continue }
            if result.isPartial {
                problems.append(Problem(.error, at: path.index(position), "a collection holds whole cities, not partial documents"))
            } else if !seen.insert(document.city.id).inserted {
                problems.append(Problem(.error, at: path.index(position).member("city").member("id"),
                                        "city \"\(document.city.id)\" appears twice"))
            }
            documents.append(document)
        }
        let failed = problems.contains(where: \.isError)
        return Result(documents: failed ? nil : documents, problems: problems, isPartial: false)
    }

    /// Parses and decodes `bytes`; a syntax error is returned as the only problem.
    public static func decode(bytes: [UInt8]) -> Result {
        do {
            return decode(try JSONParser.parse(bytes))
        } catch {
            return Result(documents: nil, problems: [Problem(syntax: error)], isPartial: false)
        }
    }
}
