/// Rows under a header, scrolled so the selected row is always visible, with the
/// selected row highlighted across its full width and arrows showing hidden rows.
///
/// Cells are asked for by row, and only for the rows on screen, so a table of 100 000
/// rows costs what its visible rows cost.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    /// The cells of row `index`, for `0..<rowCount`.
    public var row: (Int) -> [TableCell]
    public var selectedRow: Int?
    /// The first row the caller would like shown; adjusted to keep the selection visible.
    public var scrollOffset: Int

    /// A table; `selectedRow` and `scrollOffset` come from the caller's state.
    public init(
        columns: [TableColumn], rowCount: Int, selectedRow: Int? = nil, scrollOffset: Int = 0,
        row: @escaping (Int) -> [TableCell]
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
    }

    /// A table of rows already made.
    public init(columns: [TableColumn], rows: [[TableCell]], selectedRow: Int? = nil, scrollOffset: Int = 0) {
        self.init(columns: columns, rowCount: rows.count, selectedRow: selectedRow, scrollOffset: scrollOffset) { rows[$0] }
    }

    /// The first row to show: `preferred`, moved just enough to bring `selectedRow` into
    /// view and never past the end, so scrolling follows the selection calmly.
    public static func visibleOffset(selectedRow: Int?, preferred: Int, rowCount: Int, visibleRows: Int) -> Int {
        let lastOffset = max(0, rowCount - max(1, visibleRows))
        var offset = min(max(0, preferred), lastOffset)
        if let selected = selectedRow, selected >= 0, selected < rowCount {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return min(max(0, offset), lastOffset)
    }

    /// Draws the header on the first row and the rows below; returns the scroll offset
    /// used, for the caller to keep.
    @discardableResult
    public func draw(on canvas: inout Canvas) -> Int {
        let visibleRows = max(0, canvas.height - 1)
        let offset = Self.visibleOffset(
            selectedRow: selectedRow, preferred: scrollOffset, rowCount: rowCount, visibleRows: visibleRows)
        let isScrollable = rowCount > visibleRows
        // A scrollable table keeps its last column for the scroll arrows.
        let contentWidth = isScrollable ? canvas.width - 1 : canvas.width
        let widths = TableColumn.layout(columns, totalWidth: contentWidth)
        var starts: [Int] = []
        var x = 0
        for width in widths {
            starts.append(x)
            x += width + 1
        }

        for (index, column) in columns.enumerated() {
            canvas.put(column.title, at: Point(x: starts[index], y: 0), width: min(widths[index], contentWidth - starts[index]),
                       alignment: column.alignment, role: .header, bold: true)
        }
        for line in 0..<min(visibleRows, rowCount - offset) {
            let rowIndex = offset + line
            let isSelected = rowIndex == selectedRow
            let y = line + 1
            if isSelected {
                canvas.fill(Rect(x: 0, y: y, width: contentWidth, height: 1), role: .selection)
            }
            for (index, cell) in row(rowIndex).prefix(columns.count).enumerated() {
                canvas.put(cell.text, at: Point(x: starts[index], y: y), width: min(widths[index], contentWidth - starts[index]),
                           alignment: columns[index].alignment, role: isSelected ? .selection : cell.role)
            }
        }
        if isScrollable && visibleRows > 0 {
            if offset > 0 {
                canvas.set(canvas.glyphs.arrowUp, at: Point(x: canvas.width - 1, y: 1), role: .muted)
            }
            if offset + visibleRows < rowCount {
                canvas.set(canvas.glyphs.arrowDown, at: Point(x: canvas.width - 1, y: visibleRows), role: .muted)
            }
        }
        return offset
    }
}
