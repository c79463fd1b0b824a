extension CellBuffer {
    /// Draws through a canvas clipped to `rect` (the whole buffer when nil), so the
    /// drawing can never touch cells outside it.
    @discardableResult
    public mutating func draw<Result>(
        glyphs: GlyphSet,
        in rect: Rect? = nil,
        _ body: (inout Canvas) -> Result
    ) -> Result {
        let bounds = rect ?? Rect(x: 0, y: 0, width: width, height: height)
        return Canvas.lending(&self, bounds: bounds, glyphs: glyphs, body)
    }

    /// Puts sanitized `text` at `point`, cut with an ellipsis to `maxWidth` columns and
    /// the buffer's right edge; returns the columns used.
    @discardableResult
    public mutating func put(
        _ text: String,
        at point: Point,
        maxWidth: Int? = nil,
        role: StyleRole = .normal,
        bold: Bool = false,
        glyphs: GlyphSet = .unicode
    ) -> Int {
        draw(glyphs: glyphs) { canvas in
            canvas.put(text, at: point, maxWidth: maxWidth, role: role, bold: bold)
        }
    }
}
