/// A theme together with the page it is painted on: what the SVG and HTML renderers
/// both need to turn a row of cells into styled runs.
public struct PaintedTheme: Sendable {
    public let theme: Theme
    public let page: PagePalette

    public init(_ theme: Theme) {
        self.theme = theme
        page = PagePalette(theme: theme)
    }

    /// The runs of row `y` of `buffer`, left to right.
    func runs(of buffer: CellBuffer, row y: Int) -> [StyledRun] {
        StyledRun.runs(of: buffer, row: y, theme: theme, page: page)
    }
}
