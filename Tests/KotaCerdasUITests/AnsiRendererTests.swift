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
}
