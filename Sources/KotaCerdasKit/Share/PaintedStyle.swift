/// A theme style resolved to the colours a page shows: reverse applied, defaults replaced
/// by the page's colours and dim blended toward the background, so a browser needs no
/// terminal semantics to draw it.
struct PaintedStyle: Hashable, Sendable {
    var foreground: XtermPalette.RGB
    /// Nil where the page's own background shows through.
    var background: XtermPalette.RGB?
    var bold: Bool
    var underline: Bool

    /// How much of the foreground a dim cell keeps, blended over its background.
    static let dimStrength = 0.6

    init(_ style: ThemeStyle, on page: PagePalette) {
        var foreground = style.foreground.paletteIndex.map(XtermPalette.rgb)
        var background = style.background.paletteIndex.map(XtermPalette.rgb)
        if style.attributes.contains(.reverse) {
            (foreground, background) = (background ?? page.background, foreground ?? page.foreground)
        }
        let ink = foreground ?? page.foreground
        let paper = background ?? page.background
        self.foreground = style.attributes.contains(.dim) ? Self.blend(ink, over: paper, keeping: Self.dimStrength) : ink
        self.background = background == page.background ? nil : background
        bold = style.attributes.contains(.bold)
        underline = style.attributes.contains(.underline)
    }

    private static func blend(_ ink: XtermPalette.RGB, over paper: XtermPalette.RGB, keeping share: Double) -> XtermPalette.RGB {
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) * share + Double(b) * (1 - share)).rounded()) }
        return XtermPalette.RGB(red: mix(ink.red, paper.red), green: mix(ink.green, paper.green), blue: mix(ink.blue, paper.blue))
    }
}
