import KotaCerdasKit

/// How many colours the terminal shows, and which curses colour number stands for a
/// theme colour there.
public enum TerminalColors: Equatable, Sendable {
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

    /// The colour number to give curses for `color`; -1 is the terminal's default.
    /// Below 256 colours the theme's own basic fallback is used, as the theme's author chose it.
    public func curses(_ color: ThemeColor) -> Int {
        guard case .palette(let index, let basic) = color else { return -1 }
        switch self {
        case .monochrome: return -1
        case .ansi8: return Int(basic % 8)
        case .ansi16: return Int(basic)
        case .palette256: return Int(index)
        case .direct: return index < 8 ? Int(index) : XtermPalette.rgb(Int(index)).packed
        }
    }
}
