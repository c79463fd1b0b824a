import Foundation
import KotaCerdasUI
import Testing

@Suite struct ThemeLibraryTests {
    static let bundledNames = ["colour-blind", "default", "high-contrast", "light", "merah-putih", "mono"]

    /// A temporary folder, removed by `remove()`.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-themes-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func write(_ text: String, to name: String) throws -> URL {
            let file = url.appendingPathComponent(name)
            try text.write(to: file, atomically: false, encoding: .utf8)
            return file
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static let complete = StyleRole.allCases.map { "\($0.name) = bold" }.joined(separator: "\n")

    @Test func bundledThemesAllLoad() throws {
        let library = ThemeLibrary.bundled()
        #expect(library.names == Self.bundledNames)
        #expect(library.usableNames == Self.bundledNames)
        for name in library.names {
            let theme = try library.theme(named: name)
            #expect(theme.name == name)
        }
        #expect(library.entries.allSatisfy { $0.origin == .bundled && !$0.overridesBundled })
        #expect(try library.theme(named: "default").style(for: .ok).foreground == .palette(34, basic: 2))
        #expect(try library.theme(named: "mono").style(for: .selection) == ThemeStyle(attributes: .reverse))
    }

    @Test func colourBlindThemeCarriesNoRedGreenPair() throws {
        let theme = try ThemeLibrary.bundled().theme(named: "colour-blind")
        let statuses: [StyleRole] = [.ok, .watch, .off]
        let colours = statuses.compactMap { role -> RGB? in
            guard case .rgb(let rgb, _) = theme.style(for: role).foreground else { return nil }
            return rgb
        }
        #expect(colours.count == 3)
        // No status is told by green: its green channel never dominates both others.
        for rgb in colours {
            #expect(!(rgb.green > rgb.red && rgb.green > rgb.blue), "\(rgb.hex) reads as green")
        }
    }

    @Test func missingThemeNamesTheAvailableOnes() {
        #expect(throws: ThemeLoadError.notFound(name: "neon", available: Self.bundledNames)) {
            try ThemeLibrary.bundled().theme(named: "neon")
        }
    }

    @Test func namesCannotReachOutsideTheThemeFolders() {
        #expect(throws: ThemeLoadError.self) { try ThemeLibrary.bundled().theme(named: "../themes/default") }
    }

    @Test func userThemesJoinAndOverrideBundledOnes() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.write(Self.complete, to: "kantor.theme")
        let replacement = try folder.write(Self.complete, to: "default.theme")
        _ = try folder.write(Self.complete, to: "not a name.theme")
        _ = try folder.write("ignored", to: "notes.txt")

        let library = ThemeLibrary.standard(userFolder: folder.url)
        #expect(library.names == (Self.bundledNames + ["kantor"]).sorted())
        let defaultEntry = try #require(library.entries.first { $0.name == "default" })
        #expect(defaultEntry == ThemeEntry(name: "default", file: replacement, origin: .user, overridesBundled: true))
        #expect(try library.theme(named: "default").style(for: .ok) == ThemeStyle(attributes: .bold))
        #expect(library.entries.first { $0.name == "kantor" }?.overridesBundled == false)
    }

    @Test func aMissingUserFolderLeavesTheBundledThemes() {
        let library = ThemeLibrary.standard(userFolder: URL(fileURLWithPath: "/nonexistent/kotacerdas/themes"))
        #expect(library.names == Self.bundledNames)
    }

    @Test func aBrokenUserThemeIsRefusedWithItsLineOrRoleAndLeftOutOfTheCycle() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let broken = try folder.write("ok = fg:34\nwatch = fg:9999\n", to: "broken.theme")
        _ = try folder.write("ok = bold\n", to: "partial.theme")
        let library = ThemeLibrary.standard(userFolder: folder.url)
        #expect(library.names.contains("broken"))
        #expect(!library.usableNames.contains("broken") && !library.usableNames.contains("partial"))

        #expect(throws: ThemeLoadError.invalid(path: broken.path, error: ThemeParseError(
            line: 2, message: "colour '9999' is not default, 0–255, #rrggbb (either may end in /<basic>) or a basic colour name"))) {
            try library.resolve("broken")
        }
        do {
            _ = try library.resolve("partial")
            Issue.record("a theme without every role was accepted")
        } catch {
            #expect(error.description.contains("missing role 'normal'"), "\(error)")
        }
    }

    @Test func aThemeFileByPathJoinsUnderItsName() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let file = try folder.write(Self.complete, to: "ruang-rapat.theme")
        let (library, name) = try ThemeLibrary.bundled().including(fileAt: file.path)
        #expect(name == "ruang-rapat")
        #expect(library.entries.first { $0.name == name }?.origin == .file)
        #expect(library.usableNames.contains(name))
        #expect(try library.resolve(name).note == nil)
        #expect(ThemeLibrary.isPath(file.path) && ThemeLibrary.isPath("mine.theme") && !ThemeLibrary.isPath("mono"))
    }

    @Test(arguments: ["/dev/zero", "/nonexistent/x.theme", "/tmp"])
    func aPathThatIsNotASmallThemeFileIsRefusedWithoutReadingIt(path: String) {
        #expect(throws: ThemeLoadError.self) { try ThemeLibrary.bundled().including(fileAt: path) }
    }

    @Test func aHugeFileIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let file = try folder.write(String(repeating: "# padding\n", count: 10_000), to: "huge.theme")
        #expect(throws: ThemeLoadError.unreadable(path: file.path, reason: "larger than 64 KiB")) {
            try ThemeLibrary.theme(contentsOf: file)
        }
    }

    @Test func withoutAnyThemeTheBuiltInOneStandsInWithANote() throws {
        let (theme, note) = try ThemeLibrary(entries: []).resolve("default")
        #expect(theme.name == "built-in")
        #expect(theme.style(for: .selection).attributes == .reverse)
        #expect(note?.contains("built-in theme") == true)
    }

    @Test func aBrokenBundledThemeFallsBackWithANote() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.write("ok = fg:9999\n", to: "default.theme")
        let library = ThemeLibrary(userFolder: nil, bundledFolders: [folder.url])
        let (theme, note) = try library.resolve("default")
        #expect(theme.name == "built-in")
        #expect(note?.contains("line 1") == true)
    }

    @Test func anUnknownNameIsTheUsersMistakeNotAFallback() throws {
        #expect(throws: ThemeLoadError.self) { try ThemeLibrary.bundled().resolve("neon") }
        #expect(try ThemeLibrary.bundled().resolve("mono").note == nil)
    }
}
