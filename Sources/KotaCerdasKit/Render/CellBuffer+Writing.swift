extension CellBuffer {
    /// Writes one grapheme cluster of display width 1 or 2 at column `x`, row `y`.
    ///
    /// Wide characters must stay whole: overwriting either half of an existing wide
    /// character blanks its other half, or a terminal would draw a broken glyph.
    mutating func writeCluster(_ text: String, width: Int, x: Int, y: Int, role: StyleRole, bold: Bool) {
        guard contains(x: x, y: y), width == 1 || contains(x: x + 1, y: y) else { return }
        if self[x, y].isContinuation {
            self[x - 1, y] = .blank(self[x - 1, y].role)
        }
        let lastColumn = x + width - 1
        if self[lastColumn, y].width == 2 {
            self[lastColumn + 1, y] = .blank(self[lastColumn + 1, y].role)
        }
        self[x, y] = Cell(text: text, width: UInt8(width), role: role, bold: bold)
        if width == 2 {
            self[x + 1, y] = .continuation(role)
        }
    }
}
