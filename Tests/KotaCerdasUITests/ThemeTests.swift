import KotaCerdasUI
import Testing

@Suite struct ThemeTests {
    @Test func parsesColoursFallbacksAndAttributes() throws {
        let theme = try Theme.parse("""
            # a comment

            ok        = fg:34/green bold
            selection = fg:16 bg:39/bright-cyan reverse underline
            border    = fg:default bg:4 dim
            """, name: "test")
        #expect(theme.name == "test")
        #expect(theme.style(for: .ok) == ThemeStyle(foreground: .palette(34, basic: 2), attributes: .bold))
        #expect(theme.style(for: .selection) == ThemeStyle(
            foreground: .palette(16, basic: 0), background: .palette(39, basic: 14), attributes: [.reverse, .underline]))
        #expect(theme.style(for: .border) == ThemeStyle(background: .palette(4, basic: 4), attributes: .dim))
    }

    @Test func rolesLeftOutLookLikeNormal() throws {
        let theme = try Theme.parse("normal = fg:252\n", name: "test")
        #expect(theme.style(for: .chart) == theme.style(for: .normal))
        #expect(try Theme.parse("", name: "empty").style(for: .ok) == .plain)
    }

    @Test func brokenLinesAreReportedWithTheirNumber() {
        #expect(throws: ThemeParseError(line: 3, message: "unknown setting 'blink' (use fg:<colour>, bg:<colour>, bold, underline, reverse, dim)")) {
            try Theme.parse("# theme\nok = fg:34\nwatch = fg:214 blink\n", name: "test")
        }
        #expect(throws: ThemeParseError(line: 1, message: "colour '300' is not default, 0–255, 0–255/<basic> or a basic colour name")) {
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

    @Test func paletteColoursDegradeToTheNearestBasicColour() {
        #expect(ThemeColor.palette(34) == .palette(34, basic: 2))
        #expect(ThemeColor.palette(196) == .palette(196, basic: 9))
        #expect(ThemeColor.palette(232) == .palette(232, basic: 0))
        #expect(ThemeColor.palette(250) == .palette(250, basic: 7))
        #expect(ThemeColor.palette(255) == .palette(255, basic: 15))
        #expect(ThemeColor.palette(34).paletteIndex == 34)
        #expect(ThemeColor.terminalDefault.paletteIndex == nil)
    }
}
