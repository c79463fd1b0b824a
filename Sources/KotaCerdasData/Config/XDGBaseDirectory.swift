import Foundation

/// Where the XDG base-directory spec puts a user's files, e.g. `$XDG_CACHE_HOME`.
enum XDGBaseDirectory {
    /// `$variable` when it is set to an absolute path (the spec says to ignore relative
    /// ones), else `fallback` under `$HOME`; then `subpath` inside it.
    static func path(
        _ variable: String, fallback: String, subpath: String, environment: [String: String]
    ) -> String {
        let base = environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(fallback).path
        return URL(fileURLWithPath: base).appendingPathComponent(subpath).path
    }
}
