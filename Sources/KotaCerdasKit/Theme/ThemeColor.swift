/// A colour in a theme: the terminal's own default, a 256-colour palette index, or a
/// direct RGB colour; palette and RGB colours carry the basic colour (0–15) to use where
/// only 16 or 8 colours exist, as the theme's author chose it or else the nearest one.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case palette(UInt8, basic: UInt8)
    case rgb(RGB, basic: UInt8)

    /// A palette colour whose 16-colour fallback is the nearest basic colour.
    public static func palette(_ index: UInt8) -> ThemeColor {
        .palette(index, basic: index < 16 ? index : XtermPalette.nearest(to: XtermPalette.rgb(index), among: 0...15))
    }

    /// An RGB colour whose 16-colour fallback is the nearest basic colour.
    public static func rgb(_ color: RGB) -> ThemeColor {
        .rgb(color, basic: XtermPalette.nearest(to: color, among: 0...15))
    }

    /// What the colour looks like, as RGB; nil for the terminal's own default, which only
    /// the terminal knows.
    public var rgb: RGB? {
        switch self {
        case .terminalDefault: nil
        case .palette(let index, _): XtermPalette.rgb(index)
        case .rgb(let color, _): color
        }
    }

    /// The basic colour (0–15) to use on 16- and 8-colour terminals; nil for the default.
    public var basic: UInt8? {
        switch self {
        case .terminalDefault: nil
        case .palette(_, let basic), .rgb(_, let basic): basic
        }
    }
}
