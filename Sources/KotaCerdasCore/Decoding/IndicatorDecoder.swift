/// Decodes one indicator object of the data format.
enum IndicatorDecoder {
    static let members: Set<String> = [
        "id", "name", "unit", "value", "target", "baseline", "better", "warn", "critical", "weight",
        "history", "source", "updatedAt", "description",
    ]

    static func decode(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) -> Indicator? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: partial) else { return nil }
        reader.warnAboutUnknownMembers(known: members)
        guard let id = reader.identity() else { return nil }
        let weight = reader.number("weight") ?? 1
        if weight < 0 { log.error(path.member("weight"), "must not be negative, found \(JSONWriter.format(weight))") }
        let history = reader.elements("history").compactMap { decodePoint($0.value, at: $0.path, log: log) }
        return Indicator(
            id: id,
            name: reader.text("name", required: true) ?? LocalizedText(id),
            unit: reader.text("unit") ?? LocalizedText(""),
            value: reader.number("value"),
            target: reader.number("target"),
            baseline: reader.number("baseline"),
            better: reader.choice("better", required: true) ?? .higher,
            warn: reader.number("warn"),
            critical: reader.number("critical"),
            weight: max(0, weight),
            history: history,
            source: reader.string("source"),
            updatedAt: reader.date("updatedAt"),
            description: reader.text("description"))
    }

    private static func decodePoint(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> HistoryPoint? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: ["at", "value"])
        guard let at = reader.date("at", required: true) else { return nil }
        if reader.object["value"] == nil { log.error(path.member("value"), "required member is missing") }
        return HistoryPoint(at: at, value: reader.number("value"))
    }
}
