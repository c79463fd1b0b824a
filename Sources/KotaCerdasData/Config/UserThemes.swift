import Foundation

/// Where a user keeps their own theme files.
public enum UserThemes {
    /// `$XDG_CONFIG_HOME/kotacerdas/themes`, or `~/.config/kotacerdas/themes`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGBaseDirectory.path("XDG_CONFIG_HOME", fallback: ".config", subpath: "kotacerdas/themes", environment: environment)
    }
}
