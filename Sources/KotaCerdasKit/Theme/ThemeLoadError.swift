/// Why a theme could not be loaded.
public enum ThemeLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No theme has this name; `available` lists the names that exist.
    case notFound(name: String, available: [String])
    /// The file is missing, not a small regular file, or not UTF-8 text; `reason` says which.
    case unreadable(path: String, reason: String)
    /// The file has a line that is not a valid theme setting, or leaves a role out.
    case invalid(path: String, error: ThemeParseError)

    public var description: String {
        switch self {
        case .notFound(let name, let available):
            "no theme named '\(name)' (available: \(available.joined(separator: ", ")))"
        case .unreadable(let path, let reason):
            "cannot read theme file \(path): \(reason)"
        case .invalid(let path, let error):
            "\(path): \(error)"
        }
    }
}
