import Foundation
import Testing

/// Colour on real terminals: NO_COLOR and --color in the dashboard (read back from tmux
/// with `capture-pane -e`), `kotacerdas themes`, user themes and `--theme PATH`.
@Suite(.endToEndSlot)
struct ColourTests {
    /// SGR sequences that set a colour: 30–37, 40–47, 90–97, 100–107, 38;… and 48;….
    static var colourSGR: Regex<Substring> { /\x1B\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|9[0-7]|10[0-7]|38|48)(?:;[0-9;]*)?m/ }

    /// The dashboard's home screen in tmux, run with `extraEnvironment` and `arguments`.
    static func dashboardScreen(_ arguments: [String], extraEnvironment: [String] = []) async throws -> String {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var command = sandbox.command(arguments + ["--lang", "en", "--no-cache"], term: "tmux-256color")
        command.insert(contentsOf: extraEnvironment, at: 2)
        let tmux = try Tmux(width: 100, height: 30, command: command.map(shellQuoted).joined(separator: " "))
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Smart Mobility")
        try await Task.sleep(for: .milliseconds(200))
        return try await tmux.capturePaneWithAttributes()
    }

    @Test(.enabled(if: Tmux.isInstalled))
    func noColorGivesADashboardWithoutColourSequences() async throws {
        let coloured = try await Self.dashboardScreen([])
        #expect(coloured.contains(Self.colourSGR), "the plain dashboard has colour")
        let plain = try await Self.dashboardScreen([], extraEnvironment: ["NO_COLOR=1"])
        #expect(!plain.contains(Self.colourSGR), "NO_COLOR=1 still drew colour:\n\(plain.debugDescription)")
        #expect(plain.contains("✓") && plain.contains("✗"), "status stays readable by its symbols")
    }

    @Test(.enabled(if: Tmux.isInstalled))
    func anExplicitColorAlwaysWinsOverNoColor() async throws {
        let screen = try await Self.dashboardScreen(["--color", "always"], extraEnvironment: ["NO_COLOR=1"])
        #expect(screen.contains(Self.colourSGR))
    }

    @Test(.enabled(if: Tmux.isInstalled))
    func sixteenColoursUseOnlyBasicColourCodes() async throws {
        let screen = try await Self.dashboardScreen(["--colors", "16"])
        #expect(screen.contains(Self.colourSGR))
        #expect(!screen.contains("38;5;") && !screen.contains("38;2;"), "a 256-colour code at 16 colours")
    }

    @Test func themesListsEveryThemeAndWhatAUserThemeReplaces() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let folder = sandbox.path("config/kotacerdas/themes")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bold = "normal title border muted ok watch off noData accent chart target header selection statusBar demo error match"
            .split(separator: " ").map { "\($0) = bold" }.joined(separator: "\n")
        try bold.write(toFile: folder + "/mono.theme", atomically: false, encoding: .utf8)
        try bold.write(toFile: folder + "/kantor.theme", atomically: false, encoding: .utf8)

        let result = try await CommandTests.run(["themes", "--lang", "en"], in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        for name in ["colour-blind", "default", "high-contrast", "kantor", "light", "merah-putih", "mono"] {
            #expect(lines.contains { $0.hasPrefix(name + " ") }, "\(name) is not listed:\n\(result.stdout)")
        }
        #expect(lines.first { $0.hasPrefix("mono ") }?.contains("replaces the bundled mono") == true)
        #expect(lines.first { $0.hasPrefix("default ") }?.hasSuffix("bundled") == true)
        #expect(lines.allSatisfy { $0.contains("✓ met") }, "each line has its preview")
        #expect(!result.stdout.contains("\u{1B}"), "no colour into a file")

        let coloured = try await CommandTests.run(["themes", "--color", "always", "--colors", "truecolor"], in: sandbox)
        #expect(coloured.stdout.contains("38;2;86;180;233"), "colour-blind's sky blue in its own colour")
    }

    @Test func aThemeWithoutEveryRoleIsRefusedByName() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.path("data/partial.theme")
        try "normal =\nok = fg:#0072b2\n".write(toFile: file, atomically: false, encoding: .utf8)

        let snapshot = try await CommandTests.run(["snapshot", "--theme", file, "--size", "80x24"], in: sandbox)
        #expect(snapshot.status == 2)
        #expect(snapshot.stderr.contains("missing role 'title'"), "\(snapshot.stderr)")

        let folder = sandbox.path("config/kotacerdas/themes")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "normal =\nokk = bold\n".write(toFile: folder + "/typo.theme", atomically: false, encoding: .utf8)
        let listing = try await CommandTests.run(["themes"], in: sandbox)
        #expect(listing.status == 1)
        #expect(listing.stdout.contains("refused: line 2: unknown role 'okk'"), "\(listing.stdout)")
    }

    @Test func aThemeFileByPathColoursASnapshot() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.path("data/ruang-rapat.theme")
        let roles = "normal title border muted ok watch off noData accent chart target header selection statusBar demo error match"
        try roles.split(separator: " ").map { "\($0) = fg:#0072b2" }.joined(separator: "\n")
            .write(toFile: file, atomically: false, encoding: .utf8)
        for (depth, code) in [("truecolor", "38;2;0;114;178"), ("256", "38;5;25"), ("16", "36"), ("8", "36")] {
            let result = try await CommandTests.run(
                ["snapshot", "--theme", file, "--size", "80x24", "--color", "always", "--colors", depth], in: sandbox)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\u{1B}[0;\(code)m"), "\(depth): \(result.stdout.prefix(200).debugDescription)")
        }
        let none = try await CommandTests.run(
            ["snapshot", "--theme", file, "--size", "80x24", "--color", "always", "--colors", "none"], in: sandbox)
        #expect(!none.stdout.contains(Self.colourSGR))
    }
}
