/// Turns a cell buffer into text with SGR colour escapes, for `snapshot --color always`
/// and anything else that prints a screen to a terminal without curses.
///
/// An escape is written only where the style changes, and every line ends with its
/// style reset, so lines can be printed, piped or cut independently.
public struct AnsiRenderer: Sendable {
    public let theme: Theme
    public let depth: ColorDepth

    /// A renderer using `theme` with the colours a terminal of `depth` can show.
    public init(theme: Theme, depth: ColorDepth = .palette256) {
        self.theme = theme
        self.depth = depth
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
        if let index = style.foreground.index(for: depth) {
            codes.append(colorCode(index, base: 30, brightBase: 90, extended: 38))
        }
        if let index = style.background.index(for: depth) {
            codes.append(colorCode(index, base: 40, brightBase: 100, extended: 48))
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private func colorCode(_ index: Int, base: Int, brightBase: Int, extended: Int) -> String {
        switch depth {
        case .palette256: "\(extended);5;\(index)"
        case .basic16, .monochrome: index < 8 ? "\(base + index)" : "\(brightBase + index - 8)"
        }
    }
}
