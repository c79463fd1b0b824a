/// The linked entities of a detail screen, one per row, the selected one highlighted
/// (Enter opens it).
struct LinkList {
    let rows: [(id: String, line: Spans)]
    let selectedID: String?

    /// Draws at most `canvas.height - y` rows from row `y`.
    func draw(on canvas: inout Canvas, y: Int, emptyText: String) {
        guard !rows.isEmpty else {
            canvas.put(emptyText, at: Point(x: 2, y: y), role: .muted)
            return
        }
        let selected = rows.firstIndex { $0.id == selectedID } ?? 0
        let visible = max(1, canvas.height - y)
        let first = Table.visibleOffset(selectedRow: selected, preferred: 0, rowCount: rows.count, visibleRows: visible)
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let rowY = y + offset
            canvas.markTarget(Rect(x: 0, y: rowY, width: canvas.width, height: 1), id: row.id)
            if first + offset == selected {
                canvas.fill(Rect(x: 0, y: rowY, width: canvas.width, height: 1), role: .selection)
                var plain = Spans()
                for part in row.line.parts { plain.add(part.text, role: .selection, bold: part.bold) }
                plain.draw(on: &canvas, at: Point(x: 1, y: rowY), maxWidth: canvas.width - 2)
            } else {
                row.line.draw(on: &canvas, at: Point(x: 1, y: rowY), maxWidth: canvas.width - 2)
            }
        }
    }
}
