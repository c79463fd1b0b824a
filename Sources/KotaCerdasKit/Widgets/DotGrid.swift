/// A grid of plot dots drawn as cell glyphs: 2×4 braille dots per cell in Unicode,
/// 1×2 dots (`'` `.` `:`) per cell in ASCII.
struct DotGrid {
    let columnsPerCell: Int
    let rowsPerCell: Int
    let cellWidth: Int
    let cellHeight: Int
    private var masks: [Int]
    private let isBraille: Bool

    init(cellWidth: Int, cellHeight: Int, glyphs: GlyphSet) {
        isBraille = glyphs.isUnicode
        columnsPerCell = isBraille ? 2 : 1
        rowsPerCell = isBraille ? 4 : 2
        self.cellWidth = max(0, cellWidth)
        self.cellHeight = max(0, cellHeight)
        masks = Array(repeating: 0, count: self.cellWidth * self.cellHeight)
    }

    var dotWidth: Int { cellWidth * columnsPerCell }
    var dotHeight: Int { cellHeight * rowsPerCell }

    /// Sets the dot at `x`, `y` counted from the top-left; ignored outside the grid.
    mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / rowsPerCell) * cellWidth + x / columnsPerCell
        masks[cell] |= bit(column: x % columnsPerCell, row: y % rowsPerCell)
    }

    /// The glyph for the cell at `column`, `row`, or nil when none of its dots is set.
    func glyph(column: Int, row: Int) -> String? {
        let mask = masks[row * cellWidth + column]
        guard mask != 0 else { return nil }
        if isBraille {
            return String(Character(Unicode.Scalar(0x2800 + UInt32(mask))!))
        }
        return [1: "'", 2: ".", 3: ":"][mask]
    }

    /// Braille numbers dots 1-2-3 down the left column, 4-5-6 down the right, and
    /// adds dots 7 and 8 as a fourth row later, hence the irregular bit order.
    private func bit(column: Int, row: Int) -> Int {
        guard isBraille else { return 1 << row }
        let left = [0x01, 0x02, 0x04, 0x40]
        let right = [0x08, 0x10, 0x20, 0x80]
        return column == 0 ? left[row] : right[row]
    }
}
