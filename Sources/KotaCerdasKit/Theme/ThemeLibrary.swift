import Foundation

/// Finds theme files by name in a list of directories, by default the themes bundled
/// with the program.
public struct ThemeLibrary: Sendable {
    /// Searched in order; the first directory holding `<name>.theme` wins.
    public let directories: [URL]

    /// A library searching `directories` in order.
    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The themes bundled with the program.
    ///
    /// `Bundle.module` would end the process when the bundle is missing, so the bundle
    /// is looked up in the places SwiftPM puts it: next to the executable (installed or
    /// in `.build`) and in the main bundle's resources (macOS app layouts).
    public static func bundled() -> ThemeLibrary {
        let bundleNames = ["kotacerdas_KotaCerdasKit.resources", "kotacerdas_KotaCerdasKit.bundle"]
        let executableDirectory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let parents = [executableDirectory, Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap { $0 }
        let candidates = parents.flatMap { parent in
            bundleNames.flatMap { name in
                let bundle = parent.appendingPathComponent(name, isDirectory: true)
                return [bundle, bundle.appendingPathComponent("Contents/Resources", isDirectory: true)]
            }
        }
        let existing = candidates.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return ThemeLibrary(directories: existing)
    }

    /// Names of all themes found, sorted.
    public var names: [String] {
        let files = directories.flatMap { directory in
            (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        }
        return Set(files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }).sorted()
    }

    /// The theme called `name` (e.g. `high-contrast`). Only plain names are looked up,
    /// so a name can never reach outside the theme directories.
    public func theme(named name: String) throws(ThemeLoadError) -> Theme {
        let isPlainName = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let file = directories
            .map { $0.appendingPathComponent(name + ".theme") }
            .first { isPlainName && FileManager.default.fileExists(atPath: $0.path) }
        guard let file else { throw .notFound(name: name, available: names) }
        return try Self.theme(contentsOf: file)
    }

    /// The theme to draw with when the user asked for `name`. A name that no theme has
    /// is the user's mistake and is thrown (it lists the themes that exist); a theme that
    /// cannot be read, or no theme library at all, is ours: `Theme.fallback` stands in and
    /// the note says why, so a broken theme never stops a wall display.
    public func resolve(_ name: String) throws(ThemeLoadError) -> (theme: Theme, note: String?) {
        do {
            return (try theme(named: name), nil)
        } catch {
            if case .notFound(_, let available) = error, !available.isEmpty { throw error }
            return (.fallback, "theme \(name): \(error.description); drawn with the built-in theme instead")
        }
    }

    /// The theme in the file at `url`, named after the file.
    public static func theme(contentsOf url: URL) throws(ThemeLoadError) -> Theme {
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: url.path)
        }
        do {
            return try Theme.parse(text, name: url.deletingPathExtension().lastPathComponent)
        } catch {
            throw .invalid(path: url.path, error: error)
        }
    }
}
