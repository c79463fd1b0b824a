/// The colours of the page a shared screen is drawn on: what the terminal's own
/// foreground and background would have been.
///
/// A theme leaves text in the terminal's default colours (`normal =`), so an SVG or HTML
/// copy has to pick them. The theme's normal text tells which paper it was made for: dark
/// text (the light theme) goes on white, anything else on a dark terminal's near black.
public struct PagePalette: Equatable, Sendable {
    public var foreground: RGB
    public var background: RGB

    public init(foreground: RGB, background: RGB) {
        self.foreground = foreground
        self.background = background
    }

    /// A dark terminal: light grey on near black.
    public static let dark = PagePalette(
        foreground: RGB(red: 0xd0, green: 0xd0, blue: 0xd0),
        background: RGB(red: 0x12, green: 0x12, blue: 0x12))
    /// A light terminal: near black on white.
    public static let light = PagePalette(
        foreground: RGB(red: 0x1c, green: 0x1c, blue: 0x1c),
        background: RGB(red: 0xff, green: 0xff, blue: 0xff))

    /// The page `theme` was made for, with the normal role's own colours where it sets them.
    public init(theme: Theme) {
        let normal = theme.style(for: .normal)
        let foreground = normal.foreground.rgb
        let background = normal.background.rgb
        let isLight = background.map { $0.lightness > 0.5 } ?? foreground.map { $0.lightness < 0.5 } ?? false
        let paper = isLight ? PagePalette.light : PagePalette.dark
        self.init(foreground: foreground ?? paper.foreground, background: background ?? paper.background)
    }
}
