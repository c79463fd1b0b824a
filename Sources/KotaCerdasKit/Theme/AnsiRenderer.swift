/// Turns a cell buffer into text with SGR colour escapes, for `snapshot --color always`
/// and anything else that prints a screen to a terminal without curses.
///
/// An escape is written only where the style changes, and every line ends with its
/// style reset, so lines can be printed, piped or cut independently.
///
/// Colours are written as 256-colour palette indices, which every terminal a snapshot is
/// shown in (xterm, tmux, CI logs, browsers rendering ANSI) understands.
public struct AnsiRenderer: Sendable {
    public let theme: Theme

    /// A renderer using `theme`.
    public init(theme: Theme) {
        self.theme = theme
    }

    /// The buffer as lines of text with escapes, joined by newlines.
    public func render(_ buffer: CellBuffer) -> String {
        var lines: [String] = []
        for y in 0..<buffer.height {
            var line = ""
            var current = ThemeStyle.plain
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard !cell.isContinuation else { continue }
                let style = theme.style(for: cell)
                if style != current {
                    line += escape(for: style)
                    current = style
                }
                line += cell.text
            }
            if current != .plain { line += Self.reset }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static let reset = "\u{1B}[0m"

    /// One SGR sequence that resets and then sets everything `style` needs.
    private func escape(for style: ThemeStyle) -> String {
        var codes = ["0"]
        let attributeCodes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributeCodes where style.attributes.contains(attribute) {
            codes.append(code)
        }
        if let index = style.foreground.paletteIndex {
            codes.append("38;5;\(index)")
        }
        if let index = style.background.paletteIndex {
            codes.append("48;5;\(index)")
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
