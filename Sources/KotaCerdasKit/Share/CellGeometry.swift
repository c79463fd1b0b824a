/// The grid a shared screen is laid on: one terminal cell is `width` × `height` pixels and
/// text is set in a monospace font of `fontSize` pixels whose advance is 0.6 em, so a
/// cell is exactly one advance wide. SVG places every character on this grid itself; HTML
/// keeps it by the font and fixed-width boxes for everything outside ASCII.
enum CellGeometry {
    static let fontSize = 15
    static let width = 9
    /// A little less than the font's full height (1.16 em), so box-drawing lines and
    /// background bars of neighbouring rows touch instead of leaving hairline gaps.
    static let height = 17
    /// From a row's top to the text baseline: the font's ascent, centred in the row.
    static let baseline = 13.7

    /// Monospace fonts that cover box drawing, blocks and braille, with fallbacks for
    /// each system, ending in the generic family.
    static let fontFamily = "'DejaVu Sans Mono', 'Noto Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace"
}
