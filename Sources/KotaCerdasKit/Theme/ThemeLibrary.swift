import Foundation

/// The themes the program can draw with: the user's theme folder over the bundled
/// themes, plus any theme file named with `--theme PATH`. A user theme with a bundled
/// theme's name replaces it.
public struct ThemeLibrary: Sendable {
    /// Every theme by name, sorted; each name once, the winning file only.
    public let entries: [ThemeEntry]

    /// A library of `entries`, the first of each name winning.
    public init(entries: [ThemeEntry]) {
        var seen: Set<String> = []
        self.entries = entries.filter { seen.insert($0.name).inserted }.sorted { $0.name < $1.name }
    }

    /// The themes in `userFolder` (when given and present) over those in `bundledFolders`.
    public init(userFolder: URL?, bundledFolders: [URL]) {
        let bundled = bundledFolders.flatMap { Self.themeFiles(in: $0, origin: .bundled) }
        let bundledNames = Set(bundled.map(\.name))
        let user = userFolder.map { Self.themeFiles(in: $0, origin: .user) } ?? []
        let overriding = user.map { entry in
            ThemeEntry(name: entry.name, file: entry.file, origin: .user, overridesBundled: bundledNames.contains(entry.name))
        }
        self.init(entries: overriding + bundled)
    }

    /// The bundled themes under the user's theme folder, if one is given.
    public static func standard(userFolder: URL?) -> ThemeLibrary {
        ThemeLibrary(userFolder: userFolder, bundledFolders: bundledFolders())
    }

    /// The folders holding the themes bundled with the program.
    ///
    /// `Bundle.module` would end the process when the bundle is missing, so the bundle
    /// is looked up in the places SwiftPM puts it: next to the executable (installed or
    /// in `.build`) and in the main bundle's resources (macOS app layouts).
    public static func bundledFolders() -> [URL] {
        let bundleNames = ["kotacerdas_KotaCerdasKit.resources", "kotacerdas_KotaCerdasKit.bundle"]
        let executableDirectory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let parents = [executableDirectory, Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap { $0 }
        let candidates = parents.flatMap { parent in
            bundleNames.flatMap { name in
                let bundle = parent.appendingPathComponent(name, isDirectory: true)
                return [bundle, bundle.appendingPathComponent("Contents/Resources", isDirectory: true)]
            }
        }
        return candidates.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The themes bundled with the program alone.
    public static func bundled() -> ThemeLibrary {
        ThemeLibrary(userFolder: nil, bundledFolders: bundledFolders())
    }

    private static func themeFiles(in folder: URL, origin: ThemeEntry.Origin) -> [ThemeEntry] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.sorted().compactMap { file in
            guard file.hasSuffix(".theme") else { return nil }
            let name = String(file.dropLast(6))
            guard ThemeEntry.isPlainName(name) else { return nil }
            return ThemeEntry(name: name, file: folder.appendingPathComponent(file), origin: origin)
        }
    }

    /// Names of all themes, sorted.
    public var names: [String] { entries.map(\.name) }

    /// Names of the themes that load: what `t` cycles through, so it never lands on a
    /// broken file.
    public var usableNames: [String] {
        entries.filter { (try? Self.theme(contentsOf: $0.file)) != nil }.map(\.name)
    }

    /// The library with the theme file at `path` added under its file name, in front of
    /// any theme of that name: what `--theme PATH` selects. Throws when it cannot be read.
    public func including(fileAt path: String) throws(ThemeLoadError) -> (library: ThemeLibrary, name: String) {
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        guard ThemeEntry.isPlainName(name) else {
            throw .unreadable(path: path, reason: "a theme file's name may hold only letters, digits, - and _")
        }
        let theme = try Self.theme(contentsOf: url)
        let entry = ThemeEntry(name: theme.name, file: url, origin: .file, overridesBundled: false)
        return (ThemeLibrary(entries: [entry] + entries), theme.name)
    }

    /// Whether a `--theme` value names a file rather than a theme: it holds a `/` or
    /// ends in `.theme`.
    public static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".theme")
    }

    /// The theme called `name` (e.g. `high-contrast`).
    public func theme(named name: String) throws(ThemeLoadError) -> Theme {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw .notFound(name: name, available: names)
        }
        return try Self.theme(contentsOf: entry.file)
    }

    /// The theme to draw with when the user asked for `name`. A name that no theme has,
    /// or a theme file of the user's that cannot be read, is the user's mistake and is
    /// thrown (naming the themes that exist, or the broken line or missing role); a
    /// bundled theme that cannot be read, or no theme library at all, is ours:
    /// `Theme.fallback` stands in and the note says why, so a wall display still starts.
    public func resolve(_ name: String) throws(ThemeLoadError) -> (theme: Theme, note: String?) {
        do {
            return (try theme(named: name), nil)
        } catch {
            if case .notFound(_, let available) = error, !available.isEmpty { throw error }
            if let entry = entries.first(where: { $0.name == name }), entry.origin != .bundled { throw error }
            return (.fallback, Self.fallbackNote(name, error))
        }
    }

    /// What the user is told when `Theme.fallback` stands in for the theme called `name`.
    public static func fallbackNote(_ name: String, _ error: ThemeLoadError) -> String {
        "theme \(name): \(error.description); drawn with the built-in theme instead"
    }

    /// The largest theme file read.
    static let maximumFileSize = 64 * 1024

    /// The theme in the file at `url`, named after the file.
    public static func theme(contentsOf url: URL) throws(ThemeLoadError) -> Theme {
        // A theme is a few hundred bytes: anything else (a device, a folder, a huge file)
        // is refused before reading, so `--theme /dev/zero` cannot hang the program.
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let attributes else { throw .unreadable(path: url.path, reason: "no such file") }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .unreadable(path: url.path, reason: "not a regular file")
        }
        guard (attributes[.size] as? Int ?? 0) <= maximumFileSize else {
            throw .unreadable(path: url.path, reason: "larger than \(maximumFileSize / 1024) KiB")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "permission denied or read error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: url.path, reason: "not UTF-8 text")
        }
        do {
            return try Theme.parse(text, name: url.deletingPathExtension().lastPathComponent)
        } catch {
            throw .invalid(path: url.path, error: error)
        }
    }
}
