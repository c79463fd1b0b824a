/// A language the product speaks: Indonesian (`id`) or English (`en`).
public enum Language: String, CaseIterable, Sendable {
    case indonesian = "id"
    case english = "en"

    /// The other language, used when a text lacks the wanted one.
    public var other: Language { self == .indonesian ? .english : .indonesian }

    /// The language implied by POSIX locale variables: `id*` means Indonesian,
    /// anything else English. `LC_ALL` wins over `LC_MESSAGES` over `LANG`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("id") ? .indonesian : .english
        }
        return .english
    }
}
