/// Every glyph the widgets draw, in a Unicode set and an ASCII set for terminals
/// without UTF-8. Each glyph is exactly one column wide.
public struct GlyphSet: Sendable {
    /// Whether this set uses Unicode; the chart then plots braille, else ASCII dots.
    public let isUnicode: Bool
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    /// The axis tick where a value label meets the vertical axis.
    public let axisTick: String
    /// The dashed line that marks a target in charts.
    public let dashed: String
    /// The dotted line that marks the warning threshold in charts.
    public let dotted: String
    /// The heavier dotted line that marks the critical threshold, told apart without colour.
    public let heavyDotted: String
    /// Gauge cells by eighths filled: index 0 is the empty track, index 8 a full cell.
    public let gaugeEighths: [String]
    /// Sparkline levels from lowest to highest.
    public let sparkLevels: [String]
    public let statusOK: String
    public let statusWatch: String
    public let statusOff: String
    public let statusNoData: String
    public let ellipsis: String
    public let arrowUp: String
    public let arrowDown: String
    /// Separates breadcrumb segments.
    public let separator: String
    /// Separates items of a list in one line, e.g. `3 sources · 1 failing`.
    public let listSeparator: String
    /// Replaces each escape sequence or control character removed from data.
    public let replacement: String

    /// Box drawing with rounded corners, eighth blocks, braille and typographic symbols.
    public static let unicode = GlyphSet(
        isUnicode: true,
        horizontal: "─", vertical: "│",
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        axisTick: "┤", dashed: "╌", dotted: "┈", heavyDotted: "┅",
        gaugeEighths: ["░", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        statusOK: "✓", statusWatch: "!", statusOff: "✗", statusNoData: "·",
        ellipsis: "…", arrowUp: "▲", arrowDown: "▼", separator: "›", listSeparator: "·",
        replacement: "\u{FFFD}"
    )

    /// Printable ASCII only, for terminals or fonts without Unicode.
    public static let ascii = GlyphSet(
        isUnicode: false,
        horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        axisTick: "+", dashed: "-", dotted: ".", heavyDotted: ":",
        gaugeEighths: [".", ".", ".", ".", "=", "=", "=", "=", "#"],
        sparkLevels: ["_", ".", "-", "~", "=", "+", "*", "#"],
        statusOK: "+", statusWatch: "!", statusOff: "x", statusNoData: ".",
        ellipsis: "~", arrowUp: "^", arrowDown: "v", separator: ">", listSeparator: "-",
        replacement: "?"
    )

    /// The sanitizer that marks removed sequences with this set's replacement glyph; the
    /// ASCII set also folds all text to ASCII, for terminals without UTF-8.
    public var sanitizer: TextSanitizer { TextSanitizer(placeholder: replacement, asciiOnly: !isUnicode) }
}
