import KotaCerdasUI
import Testing

@Suite struct ThemeTests {
    /// Every role set plainly, for tests that change a few lines.
    static func complete(_ lines: String) -> String {
        let set = Set(lines.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        return lines + "\n" + StyleRole.allCases.filter { !set.contains($0.name) }.map { "\($0.name) =" }.joined(separator: "\n")
    }

    @Test func parsesColoursFallbacksAndAttributes() throws {
        let theme = try Theme.parse(Self.complete("""
            # a comment

            ok        = fg:34/green bold
            selection = fg:16 bg:39/bright-cyan reverse underline
            border    = fg:default bg:4 dim
            chart     = fg:#56B4E9 bg:#d55e00/red
            """), name: "test")
        #expect(theme.name == "test")
        #expect(theme.style(for: .ok) == ThemeStyle(foreground: .palette(34, basic: 2), attributes: .bold))
        #expect(theme.style(for: .selection) == ThemeStyle(
            foreground: .palette(16, basic: 0), background: .palette(39, basic: 14), attributes: [.reverse, .underline]))
        #expect(theme.style(for: .border) == ThemeStyle(background: .palette(4, basic: 4), attributes: .dim))
        #expect(theme.style(for: .chart) == ThemeStyle(
            foreground: .rgb(RGB(red: 0x56, green: 0xB4, blue: 0xE9), basic: 6),
            background: .rgb(RGB(red: 0xD5, green: 0x5E, blue: 0x00), basic: 1)))
    }

    @Test func aMissingRoleIsRefusedByName() {
        #expect(throws: ThemeParseError(
            line: nil,
            message: "missing role '\(StyleRole.allCases.last!.name)' (a theme sets every role: \(StyleRole.allCases.map(\.name).joined(separator: " ")))"
        )) {
            try Theme.parse(StyleRole.allCases.dropLast().map { "\($0.name) = bold" }.joined(separator: "\n"), name: "test")
        }
        #expect(throws: ThemeParseError.self) { try Theme.parse("", name: "empty") }
    }

    @Test func badRGBColoursAreNamed() {
        for colour in ["#12345", "#1234567", "#gg0000", "#ff0000/pink/red"] {
            #expect(throws: ThemeParseError.self, "\(colour)") { try Theme.parse("ok = fg:\(colour)", name: "test") }
        }
    }

    @Test func brokenLinesAreReportedWithTheirNumber() {
        #expect(throws: ThemeParseError(line: 3, message: "unknown setting 'blink' (use fg:<colour>, bg:<colour>, bold, underline, reverse, dim)")) {
            try Theme.parse("# theme\nok = fg:34\nwatch = fg:214 blink\n", name: "test")
        }
        #expect(throws: ThemeParseError(line: 1, message: "colour '300' is not default, 0–255, #rrggbb (either may end in /<basic>) or a basic colour name")) {
            try Theme.parse("ok = fg:300", name: "test")
        }
        #expect(throws: ThemeParseError(line: 2, message: "role 'ok' is already set on line 1")) {
            try Theme.parse("ok = bold\nok = dim", name: "test")
        }
        #expect(throws: ThemeParseError(line: 1, message: "expected `role = settings`, found 'ok fg:34'")) {
            try Theme.parse("ok fg:34", name: "test")
        }
        #expect(throws: ThemeParseError(line: 1, message: "fallback colour 'pink' is not 0–15 or a basic colour name")) {
            try Theme.parse("ok = fg:34/pink", name: "test")
        }
    }

    @Test func unknownRoleListsTheKnownOnes() {
        do {
            _ = try Theme.parse("\n\nokk = bold", name: "test")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("line 3: unknown role 'okk' (roles: normal title border"))
        }
    }
}
