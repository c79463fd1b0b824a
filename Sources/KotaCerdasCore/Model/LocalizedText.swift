/// A human-readable text from the data: either one plain string, or one string per
/// language code. A missing language falls back to the other, then to any language given.
public struct LocalizedText: Equatable, Hashable, Sendable {
    /// Texts by language code (`"id"`, `"en"`, …). A plain string is stored under `""`.
    public let byLanguage: [String: String]

    public init(_ plain: String) {
        byLanguage = ["": plain]
    }

    public init(byLanguage: [String: String]) {
        self.byLanguage = byLanguage
    }

    /// The text in `language`, else in the other language, else the plain or first text.
    public func text(in language: Language) -> String {
        if let text = byLanguage[language.rawValue] { return text }
        if let text = byLanguage[language.other.rawValue] { return text }
        if let text = byLanguage[""] { return text }
        return byLanguage.keys.sorted().first.flatMap { byLanguage[$0] } ?? ""
    }

    public var isEmpty: Bool { byLanguage.values.allSatisfy(\.isEmpty) }
}
