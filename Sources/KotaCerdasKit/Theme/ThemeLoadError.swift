/// Why a theme could not be loaded; the caller shows it and uses `Theme.fallback`.
public enum ThemeLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No theme has this name; `available` lists the names that exist.
    case notFound(name: String, available: [String])
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(path: String)
    /// The file has a line that is not a valid theme setting.
    case invalid(path: String, error: ThemeParseError)

    public var description: String {
        switch self {
        case .notFound(let name, let available):
            "no theme named '\(name)' (available: \(available.joined(separator: ", ")))"
        case .unreadable(let path):
            "cannot read theme file \(path)"
        case .invalid(let path, let error):
            "\(path): \(error)"
        }
    }
}
