/// An indicator as an adapter builds it from a broker's entity, a portal's row or a
/// spreadsheet's line, before it becomes JSON in a partial document. Holds what the format
/// requires of a whole indicator (an id, a name, which way is better), so a mapped source
/// merges into a valid document on its own.
public struct IndicatorDraft: Equatable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var unit: LocalizedText?
    public var value: Double?
    public var target: Double?
    public var baseline: Double?
    public var better: BetterDirection
    public var warn: Double?
    public var critical: Double?
    /// Earlier values, oldest first.
    public var history: [Point]
    public var source: String?
    /// When the value was measured, as an ISO 8601 text the format accepts.
    public var updatedAt: String?
    public var description: LocalizedText?

    public init(
        id: String, name: LocalizedText, unit: LocalizedText? = nil, value: Double? = nil, target: Double? = nil,
        baseline: Double? = nil, better: BetterDirection = .higher, warn: Double? = nil, critical: Double? = nil,
        history: [Point] = [], source: String? = nil, updatedAt: String? = nil,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.value = value
        self.target = target
        self.baseline = baseline
        self.better = better
        self.warn = warn
        self.critical = critical
        self.history = history
        self.source = source
        self.updatedAt = updatedAt
        self.description = description
    }

    /// The indicator object of the format, with only the members that have a value.
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(id)), ("name", name.json)]
        if let unit { members.append(("unit", unit.json)) }
        if let value { members.append(("value", .number(value))) }
        if let target { members.append(("target", .number(target))) }
        if let baseline { members.append(("baseline", .number(baseline))) }
        members.append(("better", .string(better.rawValue)))
        if let warn { members.append(("warn", .number(warn))) }
        if let critical { members.append(("critical", .number(critical))) }
        if !history.isEmpty {
            members.append(("history", .array(history.map { point in
                .object(JSONObject([("at", .string(point.at)), ("value", point.value.map(JSONValue.number) ?? .null)]))
            })))
        }
        if let source { members.append(("source", .string(source))) }
        if let updatedAt { members.append(("updatedAt", .string(updatedAt))) }
        if let description { members.append(("description", description.json)) }
        return .object(JSONObject(members))
    }

    /// A partial document placing each draft in its dimension, dimensions in the order they
    /// first appear: `{"format", "partial": true, "dimensions": [{id, indicators}]}`.
    public static func partialDocument(_ drafts: [(dimension: String, indicator: IndicatorDraft)]) -> JSONValue {
        var order: [String] = []
        var byDimension: [String: [JSONValue]] = [:]
        for (dimension, draft) in drafts {
            if byDimension[dimension] == nil { order.append(dimension) }
            byDimension[dimension, default: []].append(draft.json)
        }
        return DocumentShape.partialDocument(dimensions: order.map { id in
            .object(JSONObject([("id", .string(id)), ("indicators", .array(byDimension[id] ?? []))]))
        })
    }
}

extension IndicatorDraft {
    /// One earlier value: when (`2024`, `2024-03`, an instant, as the format writes dates)
    /// and how much (nil: no figure for that period).
    public struct Point: Equatable, Sendable {
        public var at: String
        public var value: Double?

        public init(at: String, value: Double?) {
            self.at = at
            self.value = value
        }
    }
}

extension LocalizedText {
    /// The text as the format writes it: a plain string, or `{"id": …, "en": …}`.
    public var json: JSONValue {
        if byLanguage.count == 1, let plain = byLanguage[""] { return .string(plain) }
        return .object(JSONObject(byLanguage.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }))
    }
}
