import Foundation
import KotaCerdasUI
import Testing

@Suite struct ThemeLibraryTests {
    @Test func bundledThemesAllLoad() throws {
        let library = ThemeLibrary.bundled()
        #expect(library.names == ["default", "high-contrast", "light", "mono"])
        for name in library.names {
            let theme = try library.theme(named: name)
            #expect(theme.name == name)
        }
        #expect(try library.theme(named: "default").style(for: .ok).foreground == .palette(34, basic: 2))
        #expect(try library.theme(named: "mono").style(for: .selection) == ThemeStyle(attributes: .reverse))
    }

    @Test func missingThemeNamesTheAvailableOnes() {
        #expect(throws: ThemeLoadError.notFound(name: "neon", available: ["default", "high-contrast", "light", "mono"])) {
            try ThemeLibrary.bundled().theme(named: "neon")
        }
    }

    @Test func namesCannotReachOutsideTheThemeDirectories() {
        #expect(throws: ThemeLoadError.self) { try ThemeLibrary.bundled().theme(named: "../themes/default") }
    }

    @Test func brokenFileReportsPathAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-themes-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.theme")
        try "ok = fg:34\nwatch = fg:9999\n".write(to: file, atomically: false, encoding: .utf8)

        let library = ThemeLibrary(directories: [directory])
        #expect(library.names == ["broken"])
        do {
            _ = try library.theme(named: "broken")
            Issue.record("expected an error")
        } catch {
            guard case .invalid(let path, let parseError) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == file.path)
            #expect(parseError.line == 2)
            #expect(error.description.hasSuffix("broken.theme: line 2: colour '9999' is not default, 0–255, 0–255/<basic> or a basic colour name"))
        }
    
        #expect(try library.resolve("broken").theme.name == "built-in", "a broken file falls back, with a note")
    }

    @Test func withoutAnyThemeTheBuiltInOneStandsInWithANote() throws {
        let (theme, note) = try ThemeLibrary(directories: []).resolve("default")
        #expect(theme.name == "built-in")
        #expect(theme.style(for: .selection).attributes == .reverse)
        #expect(note?.contains("built-in theme") == true)
    }

    @Test func anUnknownNameIsTheUsersMistakeNotAFallback() throws {
        #expect(throws: ThemeLoadError.self) { try ThemeLibrary.bundled().resolve("neon") }
        #expect(try ThemeLibrary.bundled().resolve("mono").note == nil)
    }
}
