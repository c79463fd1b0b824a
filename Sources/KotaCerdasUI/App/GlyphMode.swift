/// Which glyphs the screens are drawn with.
public enum GlyphMode: String, CaseIterable, Sendable {
    /// Box drawing, blocks, braille and typographic symbols.
    case unicode
    /// Printable ASCII only, for terminals or fonts without Unicode.
    case ascii

    /// The glyph set the widgets draw with in this mode.
    public var glyphs: GlyphSet { self == .unicode ? .unicode : .ascii }
}
