/// A theme style resolved to the colours a page shows: reverse applied, defaults replaced
/// by the page's colours and dim blended toward the background, so a browser needs no
/// terminal semantics to draw it.
struct PaintedStyle: Hashable, Sendable {
    var foreground: RGB
    /// Nil where the page's own background shows through.
    var background: RGB?
    var bold: Bool
    var underline: Bool

    /// How much of the foreground a dim cell keeps, blended over its background.
    static let dimStrength = 0.6

    init(_ style: ThemeStyle, on page: PagePalette) {
        var foreground = style.foreground.rgb
        var background = style.background.rgb
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

    private static func blend(_ ink: RGB, over paper: RGB, keeping share: Double) -> RGB {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * share + Double(b) * (1 - share)).rounded()) }
        return RGB(red: mix(ink.red, paper.red), green: mix(ink.green, paper.green), blue: mix(ink.blue, paper.blue))
    }
}
