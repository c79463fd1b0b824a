import Foundation

/// Where the dashboard saves screens (`e`): the config's `[export] folder`.
public struct ExportConfiguration: Equatable, Sendable {
    /// The folder as written in the config, `~/` already expanded; nil for the default.
    public var folder: String?

    public init(folder: String? = nil) {
        self.folder = folder
    }

    /// The configured folder, or `$XDG_DATA_HOME/kotacerdas/exports`
    /// (`~/.local/share/kotacerdas/exports`).
    public func resolvedFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        folder ?? XDGBaseDirectory.path("XDG_DATA_HOME", fallback: ".local/share", subpath: "kotacerdas/exports",
                                        environment: environment)
    }

    /// `folder` as the config gives it: absolute, or under the home folder with `~/`.
    static func folder(_ text: String, home: String) -> String? {
        if text.hasPrefix("/") { return text }
        if text == "~" { return home }
        if text.hasPrefix("~/") { return URL(fileURLWithPath: home).appendingPathComponent(String(text.dropFirst(2))).path }
        return nil
    }
}
