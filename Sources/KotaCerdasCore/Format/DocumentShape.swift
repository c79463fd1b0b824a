/// The names and shape of a kotacerdas/v1 document, in one place: every layer that builds,
/// merges or walks documents as JSON (the store, the history recorder, the demo, the
/// adapters) names members through here, so the format is spelled out only beside its decoder.
public enum DocumentShape {
    /// Member names of the format that code outside the decoder needs.
    public enum Member {
        public static let format = "format"
        public static let partial = "partial"
        public static let demo = "demo"
        public static let city = "city"
        public static let framework = "framework"
        public static let dimensions = "dimensions"
        public static let indicators = "indicators"
        public static let id = "id"
        public static let name = "name"
        public static let value = "value"
        public static let history = "history"
        public static let updatedAt = "updatedAt"
        public static let at = "at"
        public static let unit = "unit"
    }

    /// True for a document marked `"partial": true`: an update of a few values, or what one
    /// adapter contributes, rather than a whole city.
    public static func isPartial(_ document: JSONValue) -> Bool {
        document[Member.partial] == .bool(true)
    }

    /// `document` without its partial marker: what a merge that has a whole city underneath
    /// it becomes.
    public static func withoutPartialMarker(_ document: JSONValue) -> JSONValue {
        guard var root = document.objectValue else { return document }
        root[Member.partial] = nil
        return .object(root)
    }

    /// `{"format": "kotacerdas/v1", "partial": true, …members, "dimensions": [...]}`:
    /// a partial document carrying `dimensions`, each an object with at least an `id`.
    public static func partialDocument(dimensions: [JSONValue], extra: [(key: String, value: JSONValue)] = []) -> JSONValue {
        .object(JSONObject(
            [(Member.format, .string(CityDocument.formatIdentifier)), (Member.partial, .bool(true))] + extra
                + [(Member.dimensions, .array(dimensions))]))
    }

    /// One point of an indicator's history, `{"at": …, "value": …}`.
    public static func historyPoint(at: JSONValue, value: Double) -> JSONValue {
        .object(JSONObject([(Member.at, at), (Member.value, .number(value))]))
    }

    /// The `at` of a history point, as a date.
    public static func date(ofPoint point: JSONValue) -> DataDate? {
        if case .string(let text)? = point[Member.at] { return DataDate(text) }
        return nil
    }
}

extension DocumentShape {
    /// A partial document that sets the current value (and its time) of each indicator in
    /// `values`, dimensions and indicators sorted by id so the same values give the same text.
    public static func valueUpdate(
        _ values: [IndicatorKey: Double], updatedAt: JSONValue, extra: [(key: String, value: JSONValue)] = []
    ) -> JSONValue {
        let byDimension = Dictionary(grouping: values, by: \.key.dimension)
        let dimensions = byDimension.keys.sorted().map { dimension in
            let indicators = byDimension[dimension, default: []].sorted { $0.key.indicator < $1.key.indicator }.map {
                JSONValue.object(JSONObject([
                    (Member.id, .string($0.key.indicator)), (Member.value, .number($0.value)), (Member.updatedAt, updatedAt),
                ]))
            }
            return JSONValue.object(JSONObject([(Member.id, .string(dimension)), (Member.indicators, .array(indicators))]))
        }
        return partialDocument(dimensions: dimensions, extra: extra)
    }
}

extension DocumentShape {
    /// The document that `layers` make, lowest first: laid over each other by the merge rule,
    /// without a partial marker, and with a name for every dimension only adapters filled.
    public static func merged(_ layers: [JSONValue]) -> JSONValue {
        // Laying the layers over an empty object gives the first layer itself, then the rest on it.
        let laid = withoutPartialMarker(layers.reduce(.object(JSONObject()), DocumentMerge.merge))
        return DocumentSkeleton.nameUnnamedDimensions(in: laid).document
    }
}
