/// Keys as printed for the user, in Unicode and in ASCII for terminals without UTF-8.
public struct KeyLabel: Sendable {
    public let unicode: String
    public let ascii: String

    /// A label printed alike in both glyph sets unless `ascii` says otherwise.
    public init(_ unicode: String, ascii: String? = nil) {
        self.unicode = unicode
        self.ascii = ascii ?? unicode
    }

    public func text(_ glyphs: GlyphSet) -> String { glyphs.isUnicode ? unicode : ascii }
}
