/// Decodes one indicator object of the data format.
enum IndicatorDecoder {
    static let members = [
        "id", "name", "unit", "value", "target", "baseline", "better", "warn", "critical", "weight",
        "history", "source", "updatedAt", "description",
    ]

    static let pointMembers = ["at", "value"]

    static func decode(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) -> Indicator? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: partial) else { return nil }
        reader.warnAboutUnknownMembers(known: members)
        guard let id = reader.identity() else { return nil }
        let weight = reader.number("weight") ?? 1
        if weight < 0 { log.error(path.member("weight"), "must not be negative, found \(JSONWriter.format(weight))") }
        let history = reader.elements("history").compactMap { decodePoint($0, log: log) }
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

    private static func decodePoint(_ element: ObjectReader.Element, log: ProblemLog) -> HistoryPoint? {
        if let point = wellFormedPoint(element.value) { return point }
        let path = element.path
        guard let reader = ObjectReader(element.value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: pointMembers)
        guard let at = reader.date("at", required: true) else { return nil }
        if reader.object["value"] == nil { log.error(path.member("value"), "required member is missing") }
        return HistoryPoint(at: at, value: reader.number("value"))
    }

    /// The point when it is exactly `{"at": date, "value": number or null}`, which the
    /// general path above would accept without a word: history is most of a large
    /// city, and this way a point costs no reader, path or lookups.
    private static func wellFormedPoint(_ value: JSONValue) -> HistoryPoint? {
        guard case .object(let object) = value, object.members.count == 2 else { return nil }
        let (first, second) = (object.members[0], object.members[1])
        guard first.key == "at", second.key == "value", case .string(let text) = first.value,
              let at = DataDate(text) else { return nil }
        switch second.value {
        case .number(let number): return HistoryPoint(at: at, value: number)
        case .null: return HistoryPoint(at: at, value: nil)
        default: return nil
        }
    }
}
