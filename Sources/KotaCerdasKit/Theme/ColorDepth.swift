/// How many colours a terminal (or a printed snapshot) shows, from direct 24-bit colour
/// down to none. Every theme colour is mapped down the chain to what the depth offers.
public enum ColorDepth: String, CaseIterable, Comparable, Sendable {
    /// No colour: styles rely on bold, reverse and the other attributes alone.
    case none
    case ansi8 = "8"
    case ansi16 = "16"
    case palette256 = "256"
    /// 24-bit RGB colour (`COLORTERM=truecolor`, or a `-direct` terminfo entry).
    case truecolor

    /// The depth for a terminal whose terminfo reports `colors` colours (curses' `COLORS`).
    public init(colors: Int) {
        switch colors {
        case ..<8: self = .none
        case 8..<16: self = .ansi8
        case 16..<256: self = .ansi16
        case 256..<(1 << 24): self = .palette256
        default: self = .truecolor
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// `color` as this depth can show it, as text (`isBackground` false) or as a background.
    public func map(_ color: ThemeColor, isBackground: Bool = false) -> MappedColor {
        switch (self, color) {
        case (.none, _), (_, .terminalDefault):
            return .terminalDefault
        case (.ansi8, _):
            // Grey (bright black) text folded onto black would vanish on a dark screen, so
            // it becomes white; a grey background becomes black, under its white text. The
            // other bright colours keep their hue.
            let basic = color.basic ?? 7
            return .indexed(basic == 8 && !isBackground ? 7 : basic % 8)
        case (.ansi16, _):
            return .indexed(color.basic ?? 7)
        case (.palette256, .palette(let index, _)):
            return .indexed(index)
        case (.palette256, .rgb(let rgb, _)):
            // Entries 0–15 are left out: users redefine them in their terminal's scheme.
            return .indexed(XtermPalette.nearest(to: rgb, among: 16...255))
        case (.truecolor, .palette(let index, _)):
            // The 16 basic colours stay indices, so they follow the user's terminal scheme.
            return index < 16 ? .indexed(index) : .rgb(XtermPalette.rgb(index))
        case (.truecolor, .rgb(let rgb, _)):
            return .rgb(rgb)
        }
    }
}

/// A colour as one depth shows it: what a renderer or the terminal finally writes.
public enum MappedColor: Hashable, Sendable {
    case terminalDefault
    /// A palette index, 0–255 (0–15 at 16 colours, 0–7 at 8).
    case indexed(UInt8)
    case rgb(RGB)
}
