import Foundation

/// Reads typed members of one JSON object, logging a precise problem for each member
/// that is missing or of the wrong type and returning nil for it.
struct ObjectReader {
    let object: JSONObject
    let path: JSONPath
    let log: ProblemLog
    /// In a partial document (one source updating a few values) nothing is required.
    let partial: Bool

    /// A reader for `value` at `path`, or nil (with an error logged) when it is not an object.
    init?(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) {
        guard case .object(let object) = value else {
            log.error(path, "expected an object, found \(value.summary)")
            return nil
        }
        self.object = object
        self.path = path
        self.log = log
        self.partial = partial
    }

    /// Warns about members this format does not define, which are usually typos.
    /// `known` is a short list searched in order: for a dozen names that is faster than
    /// hashing each member's name, and a large city has millions of members.
    func warnAboutUnknownMembers(known: [String]) {
        for member in object.members where !known.contains(member.key) {
            log.warning(path.member(member.key), "unknown member, ignored (known: \(known.sorted().joined(separator: ", ")))")
        }
    }

    /// The member's value; nil (with an error if `required`) when absent. JSON null counts as absent.
    func value(_ key: String, required: Bool = false) -> JSONValue? {
        guard let value = object[key], value != .null else {
            if required && !partial { log.error(path.member(key), "required member is missing") }
            return nil
        }
        return value
    }

    /// The `id` of a dimension, indicator or programme: required even in a partial
    /// document, where it is the only way to know which entity an update is for.
    func identity() -> String? {
        guard value("id") != nil else {
            log.error(path.member("id"), "required member is missing")
            return nil
        }
        return string("id", required: true)
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, "a string", value) }
        if required && text.allSatisfy(\.isWhitespace) {
            log.error(path.member(key), "must not be empty")
            return nil
        }
        return text
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value else { return mismatch(key, "a number", value) }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else { return mismatch(key, "true or false", value) }
        return flag
    }

    func integer(_ key: String) -> Int? {
        guard let number = number(key) else { return nil }
        guard number.rounded() == number, abs(number) < 1e9 else {
            log.error(path.member(key), "expected a whole number, found \(JSONWriter.format(number))")
            return nil
        }
        return Int(number)
    }

    /// A human text: a plain string or an object of strings keyed by language code.
    func text(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = value(key, required: required) else { return nil }
        return Self.localizedText(value, at: path.member(key), log: log)
    }

    static func localizedText(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> LocalizedText? {
        switch value {
        case .string(let text):
            return LocalizedText(text)
        case .object(let object):
            var texts: [String: String] = [:]
            for member in object.members {
                guard case .string(let text) = member.value else {
                    log.error(path.member(member.key), "expected a string, found \(member.value.summary)")
                    continue
                }
                texts[member.key] = text
            }
            if texts.isEmpty {
                log.error(path, "expected a text in at least one language, e.g. {\"id\": \"…\", \"en\": \"…\"}")
                return nil
            }
            return LocalizedText(byLanguage: texts)
        default:
            log.error(path, "expected a string or an object of strings by language code, found \(value.summary)")
            return nil
        }
    }

    func date(_ key: String, required: Bool = false) -> DataDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = DataDate(text) else {
            log.error(path.member(key), "expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+07:00), found \"\(text)\"")
            return nil
        }
        return date
    }

    /// A member that must be one of a fixed set of words.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Choice?
    where Choice.RawValue == String {
        guard let word = string(key, required: required) else { return nil }
        guard let choice = Choice(rawValue: word) else {
            let allowed = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            log.error(path.member(key), "unknown value \"\(word)\"; allowed: \(allowed)")
            return nil
        }
        return choice
    }

    /// One element of an array member. Its path is made only when asked for: a large
    /// city has millions of elements, and only the faulty ones need a path for a message.
    struct Element {
        let value: JSONValue
        let array: JSONPath
        let position: Int

        var path: JSONPath { array.index(position) }
    }

    /// Each element of an array member; empty (with an error if not an array).
    func elements(_ key: String, required: Bool = false) -> [Element] {
        guard let value = value(key, required: required) else { return [] }
        let arrayPath = path.member(key)
        guard case .array(let elements) = value else {
            log.error(arrayPath, "expected an array, found \(value.summary)")
            return []
        }
        return elements.enumerated().map { Element(value: $0.element, array: arrayPath, position: $0.offset) }
    }

    private func mismatch<T>(_ key: String, _ expected: String, _ value: JSONValue) -> T? {
        log.error(path.member(key), "expected \(expected), found \(value.summary)")
        return nil
    }
}
