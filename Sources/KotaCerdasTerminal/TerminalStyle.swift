/// How the terminal draws one style role: colours as xterm-256 indices and attributes.
///
/// Colours are 0–255 in the xterm palette, or -1 for the terminal's own default; the
/// backend maps them down when the terminal has fewer colours.
public struct TerminalStyle: Equatable, Hashable, Sendable {
    public var foreground: Int
    public var background: Int
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(
        foreground: Int = -1,
        background: Int = -1,
        bold: Bool = false,
        underline: Bool = false,
        reverse: Bool = false,
        dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's default colours without attributes.
    public static let plain = TerminalStyle()
}
