/// Turns a parsed JSON value into a `CityDocument`, collecting every problem on the way.
///
/// Structural rules (types, required members, allowed words, dates) are checked here;
/// rules that relate entities to each other live in `DocumentValidator`.
public enum DocumentDecoder {
    /// The outcome of decoding: the document when it has no errors, and every problem.
    public struct Result: Sendable {
        public let document: CityDocument?
        public let problems: [Problem]
        /// True when the document said `"partial": true` (an update for a few values).
        public let isPartial: Bool

        public var errors: [Problem] { problems.filter(\.isError) }
        public var warnings: [Problem] { problems.filter { !$0.isError } }
    }

    public static func decode(_ json: JSONValue) -> Result {
        let log = ProblemLog()
        let partial = json["partial"] == .bool(true)
        guard let root = ObjectReader(json, at: .root, log: log, partial: partial) else {
            return Result(document: nil, problems: log.problems, isPartial: partial)
        }
        root.warnAboutUnknownMembers(known: ["format", "partial", "demo", "city", "framework", "asOf", "dimensions", "$schema", "index", "note"])
        if let format = root.string("format", required: true), format != CityDocument.formatIdentifier {
            log.error(JSONPath.root.member("format"),
                      "unsupported format \"\(format)\"; this version reads \"\(CityDocument.formatIdentifier)\"")
        }
        _ = root.bool("partial")
        let isDemo = root.bool("demo") ?? false
        let city = root.value("city", required: true).flatMap { decodeCity($0, at: .root.member("city"), log: log, partial: partial) }
        let framework = root.value("framework").flatMap { decodeFramework($0, at: .root.member("framework"), log: log) }
        let asOf = root.date("asOf")
        let index = root.value("index").flatMap { decodeIndex($0, at: .root.member("index"), log: log) }
        let note = root.text("note")
        var decoded: [DimensionMemo.Key: DimensionMemo.Entry] = [:]
        let dimensions = root.elements("dimensions", required: true).compactMap { element in
            guard let key = DimensionMemo.key(of: element.value, position: element.position, partial: partial),
                  let object = element.value.objectValue else {
                return decodeDimension(element.value, at: element.path, log: log, partial: partial)
            }
            let entry = DimensionMemo.shared.entry(key) ?? {
                let problems = ProblemLog()
                let dimension = decodeDimension(element.value, at: element.path, log: problems, partial: partial)
                return DimensionMemo.Entry(object: object, dimension: dimension, problems: problems.problems)
            }()
            decoded[key] = entry
            log.append(entry.problems)
            return entry.dimension
        }
        DimensionMemo.shared.replace(with: decoded)
        let document = CityDocument(
            city: city ?? City(id: "", name: ""), framework: framework, asOf: asOf, isDemo: isDemo,
            dimensions: dimensions, index: index, note: note)
        if !partial {
            DocumentValidator.validate(document, log: log)
        }
        let hasErrors = log.problems.contains(where: \.isError)
        return Result(document: hasErrors ? nil : document, problems: log.problems, isPartial: partial)
    }

    private static func decodeCity(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) -> City? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: partial) else { return nil }
        reader.warnAboutUnknownMembers(known: ["id", "name", "province", "timezone"])
        return City(
            id: reader.string("id", required: true) ?? "",
            name: reader.string("name", required: true) ?? "",
            province: reader.string("province"),
            timezone: reader.string("timezone"))
    }

    private static func decodeFramework(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> Framework? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: ["id", "name"])
        guard let id = reader.string("id", required: true) else { return nil }
        return Framework(id: id, name: reader.text("name"))
    }

    private static func decodeIndex(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> CityIndex? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: ["name", "score", "scale", "rank", "category", "source"])
        guard let name = reader.text("name", required: true), let score = reader.number("score", required: true) else {
            return nil
        }
        let scale = reader.number("scale") ?? 100
        guard scale > 0 else {
            log.error(path.member("scale"), "expected a number above 0, found \(JSONWriter.format(scale))")
            return nil
        }
        return CityIndex(
            name: name, score: score, scale: scale, rank: reader.integer("rank"), category: reader.text("category"),
            source: reader.string("source"))
    }

    private static func decodeDimension(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) -> Dimension? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: partial) else { return nil }
        reader.warnAboutUnknownMembers(known: ["id", "name", "goal", "areas", "indicators", "programs"])
        guard let id = reader.identity() else { return nil }
        let areas = reader.elements("areas").compactMap { ObjectReader.localizedText($0.value, at: $0.path, log: log) }
        return Dimension(
            id: id,
            name: reader.text("name", required: true) ?? LocalizedText(id),
            goal: reader.text("goal"),
            areas: areas,
            indicators: reader.elements("indicators").compactMap {
                IndicatorDecoder.decode($0.value, at: $0.path, log: log, partial: partial)
            },
            programs: reader.elements("programs").compactMap {
                ProgramDecoder.decode($0.value, at: $0.path, log: log, partial: partial)
            })
    }
}
