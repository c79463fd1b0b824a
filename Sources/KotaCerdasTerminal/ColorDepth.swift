/// How many colours the terminal shows, and how the theme's xterm-256 colours map onto them.
public enum ColorDepth: Equatable, Sendable {
    /// No colour: styles rely on bold, reverse and the other attributes alone.
    case monochrome
    case ansi8
    case ansi16
    case palette256
    /// Terminals such as xterm-direct, whose colour numbers are packed RGB above the first 8.
    case direct

    /// The depth for a terminal that reports `colors` colours (curses' `COLORS`).
    public init(colors: Int) {
        switch colors {
        case ..<8: self = .monochrome
        case 8..<16: self = .ansi8
        case 16..<256: self = .ansi16
        case 256..<(1 << 24): self = .palette256
        default: self = .direct
        }
    }

    /// The colour number to give curses for xterm-256 colour `color`; -1 (default) stays -1.
    public func map(_ color: Int) -> Int {
        guard color >= 0 else { return -1 }
        let color = min(color, 255)
        switch self {
        case .monochrome:
            return -1
        case .ansi8:
            return color < 16 ? color % 8 : XtermPalette.nearest(to: color, amongFirst: 8)
        case .ansi16:
            return color < 16 ? color : XtermPalette.nearest(to: color, amongFirst: 16)
        case .palette256:
            return color
        case .direct:
            return color < 8 ? color : XtermPalette.rgb(color).packed
        }
    }
}
