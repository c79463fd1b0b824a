import KotaCerdasUI
import Testing

@Suite struct AnsiRendererTests {
    let theme = Theme(name: "test", styles: [
        .ok: ThemeStyle(foreground: .palette(34, basic: 2), attributes: .bold),
        .selection: ThemeStyle(background: .palette(39, basic: 14), attributes: .reverse),
    ])

    var buffer: CellBuffer {
        var buffer = CellBuffer(width: 4, height: 3)
        buffer.draw(glyphs: .unicode) { canvas in
            canvas.put("ab", at: Point(x: 0, y: 0), role: .ok)
            canvas.put("cd", at: Point(x: 2, y: 0))
            canvas.put("智x", at: Point(x: 0, y: 1))
            canvas.fill(Rect(x: 0, y: 2, width: 4, height: 1), role: .selection)
            canvas.put("ok", at: Point(x: 1, y: 2), role: .selection, bold: true)
        }
        return buffer
    }

    @Test func escapesOnlyWhereTheStyleChangesAndResetsAtLineEnd() {
        let text = AnsiRenderer(theme: theme).render(buffer)
        #expect(text == """
            \u{1B}[0;1;38;5;34mab\u{1B}[0mcd
            智x 
            \u{1B}[0;7;48;5;39m \u{1B}[0;1;7;48;5;39mok\u{1B}[0;7;48;5;39m \u{1B}[0m
            """)
    }

    @Test func plainScreenHasNoEscapes() {
        var plain = CellBuffer(width: 3, height: 1)
        plain.put("abc", at: Point(x: 0, y: 0))
        #expect(AnsiRenderer(theme: theme).render(plain) == "abc")
    }

    @Test func eachDepthWritesItsOwnColourCodes() {
        let style = ThemeStyle(
            foreground: .rgb(RGB(red: 0xE6, green: 0x9F, blue: 0x00), basic: 11), background: .palette(17, basic: 4), attributes: .bold)
        let expected: [ColorDepth: String] = [
            .truecolor: "\u{1B}[0;1;38;2;230;159;0;48;2;0;0;95m",
            .palette256: "\u{1B}[0;1;38;5;178;48;5;17m",
            .ansi16: "\u{1B}[0;1;93;44m",
            .ansi8: "\u{1B}[0;1;33;44m",
            .none: "\u{1B}[0;1m",
        ]
        for depth in ColorDepth.allCases {
            #expect(AnsiRenderer(theme: theme, depth: depth).escape(for: style) == expected[depth], "\(depth)")
        }
    }

    @Test func withoutColourOnlyAttributesRemain() {
        let text = AnsiRenderer(theme: theme, depth: .none).render(buffer)
        #expect(!text.contains("38;") && !text.contains("48;") && !text.contains(";3") && !text.contains(";4;"))
        #expect(text.contains("\u{1B}[0;1mab"))
    }
}
