/// Turns a cell buffer into text with SGR escapes, for `snapshot --color always`, the
/// `themes` preview and anything else that prints a screen to a terminal without curses.
///
/// An escape is written only where the style changes, and every line ends with its
/// style reset, so lines can be printed, piped or cut independently. Colours are mapped
/// to `depth` first, so the same frame can be printed for any terminal: `38;2;r;g;b` in
/// direct colour, `38;5;n` with 256 colours, `30`–`37`/`90`–`97` with 16 or 8, and no
/// colour at all (attributes only) at depth `none`.
public struct AnsiRenderer: Sendable {
    public let theme: Theme
    public let depth: ColorDepth

    /// A renderer using `theme`, mapped to `depth`.
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
    public func escape(for style: ThemeStyle) -> String {
        var codes = ["0"]
        let attributeCodes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributeCodes where style.attributes.contains(attribute) {
            codes.append(code)
        }
        codes += Self.codes(for: depth.map(style.foreground), base: 30)
        codes += Self.codes(for: depth.map(style.background, isBackground: true), base: 40)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The SGR parameters for a colour; `base` is 30 for the foreground, 40 for the background.
    private static func codes(for color: MappedColor, base: Int) -> [String] {
        switch color {
        case .terminalDefault:
            []
        case .indexed(let index) where index < 8:
            [String(base + Int(index))]
        case .indexed(let index) where index < 16:
            [String(base + 60 + Int(index) - 8)]
        case .indexed(let index):
            ["\(base + 8);5;\(index)"]
        case .rgb(let rgb):
            ["\(base + 8);2;\(rgb.red);\(rgb.green);\(rgb.blue)"]
        }
    }
}
