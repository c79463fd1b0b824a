import KotaCerdasCore

/// Reads attribute values the way brokers really send them, not only as the data models
/// specify: numbers as strings (`"12.5"`), booleans where numbers are meant (`false` for
/// no precipitation, where another example writes `0`), dates as strings, as JSON-LD typed
/// values (`{"@type": "DateTime", "@value": …}`), without an offset, or as an interval.
/// Each reader returns nil for a value it cannot read, so the caller can say which.
enum NGSIValue {
    /// A finite number: a JSON number, a numeric string, or a boolean as 1 or 0.
    static func number(_ value: JSONValue) -> Double? {
        switch unwrapped(value) {
        case .number(let number): return number.isFinite ? number : nil
        case .bool(let flag): return flag ? 1 : 0
        case .string(let text):
            // Double("inf") and Double("nan") parse; a measurement is never either.
            guard let number = Double(trimmed(text)), number.isFinite else { return nil }
            return number
        default: return nil
        }
    }

    /// A single text: a string, or a number written out; the first of an array of texts.
    static func text(_ value: JSONValue) -> String? {
        switch unwrapped(value) {
        case .string(let text): return text
        case .number(let number): return JSONWriter.format(number)
        case .array(let elements): return elements.lazy.compactMap(text).first
        default: return nil
        }
    }

    /// A text that may come in several languages: an NGSI-LD `languageMap` (`{"en": …,
    /// "id": …}`) keeps Indonesian and English and falls back to any other language.
    static func localizedText(_ value: JSONValue) -> LocalizedText? {
        if let plain = text(value) { return LocalizedText(plain) }
        guard case .object(let languages) = unwrapped(value) else { return nil }
        var byLanguage: [String: String] = [:]
        for (language, text) in languages.members {
            guard case .string(let text) = text else { continue }
            let code = language.lowercased()
            if code == "id" || code == "en" { byLanguage[code] = text }
        }
        if byLanguage.isEmpty, let any = languages.members.lazy.compactMap({ NGSIValue.text($0.value) }).first {
            return LocalizedText(any)
        }
        return byLanguage.isEmpty ? nil : LocalizedText(byLanguage: byLanguage)
    }

    /// A date the format accepts. Interval values (`start/end`) give their end, the moment
    /// the observation was complete; a date-time without an offset is taken as UTC, which
    /// is what brokers store.
    static func date(_ value: JSONValue) -> DataDate? {
        guard case .string(let written) = unwrapped(value) else { return nil }
        var text = String(trimmed(written))
        if let slash = text.firstIndex(of: "/") {
            let end = text[text.index(after: slash)...]
            // `start/PT15M` is an interval written with a duration: its start is the date.
            text = String(end.hasPrefix("P") ? text[..<slash] : end)
        }
        if let date = DataDate(text) { return date }
        return text.contains("T") ? DataDate(text + "Z") : nil
    }

    /// `text` without surrounding spaces and tabs. Foundation's `trimmingCharacters` goes
    /// through NSString, which was a tenth of the mapping time for values that have none.
    private static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice
    }

    /// The value inside a JSON-LD typed value (`{"@type": "DateTime", "@value": …}`).
    private static func unwrapped(_ value: JSONValue) -> JSONValue {
        if case .object(let object) = value, let inner = object["@value"] { return inner }
        return value
    }
}
