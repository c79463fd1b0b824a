extension CellBuffer {
    /// Draws through a canvas clipped to `rect` (the whole buffer when nil), so the
    /// drawing can never touch cells outside it.
    @discardableResult
    public mutating func draw<Result>(
        glyphs: GlyphSet,
        in rect: Rect? = nil,
        _ body: (inout Canvas) -> Result
    ) -> Result {
        let full = Rect(x: 0, y: 0, width: width, height: height)
        var canvas = Canvas(buffer: self, bounds: rect ?? full, glyphs: glyphs)
        // Leave an empty buffer behind so the canvas holds the only reference and
        // drawing does not copy every cell.
        self = CellBuffer(width: 0, height: 0)
        let result = body(&canvas)
        self = canvas.buffer
        return result
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
