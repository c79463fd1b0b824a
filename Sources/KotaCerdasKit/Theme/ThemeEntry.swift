import Foundation

/// One theme a library offers: its name, its file and where that file comes from.
public struct ThemeEntry: Equatable, Sendable {
    /// Where a theme file comes from, as `kotacerdas themes` shows it.
    public enum Origin: Equatable, Sendable {
        /// Shipped with the program.
        case bundled
        /// The user's theme folder (`$XDG_CONFIG_HOME/kotacerdas/themes`).
        case user
        /// A file named on the command line or in the config (`--theme PATH`).
        case file
    }

    /// What `--theme`, the config and `t` call it: the file name without `.theme`.
    public let name: String
    public let file: URL
    public let origin: Origin
    /// Whether a bundled theme of the same name exists and this one is used instead.
    public let overridesBundled: Bool

    public init(name: String, file: URL, origin: Origin, overridesBundled: Bool = false) {
        self.name = name
        self.file = file
        self.origin = origin
        self.overridesBundled = overridesBundled
    }

    /// Whether `name` can name a theme: letters, digits, `-` and `_` only, so a name read
    /// from a key press or a config file never reaches outside the theme folders.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
