import KotaCerdasCore

/// Home before any source has delivered: a calm, centred "Waiting for data…" over the
/// sources and their errors, so the wall says what it is waiting for.
struct WaitingScreen {
    let context: ViewContext

    /// The table is kept readable on wide walls instead of stretched edge to edge.
    static let maximumTableWidth = 110

    func draw(on canvas: inout Canvas) {
        let ellipsis = context.glyphs.isUnicode ? "…" : "..."
        let tableWidth = min(canvas.width - 2, Self.maximumTableWidth)
        let table = SourceTable(context: context)
        let tableHeight = context.state.sources.isEmpty ? 0 : table.height(width: tableWidth)
        // Message, a line under it, a gap, then the table: centred as one block.
        let blockHeight = 2 + (tableHeight > 0 ? 1 + tableHeight : 0)
        var y = max(0, (canvas.height - blockHeight) / 2)
        canvas.put(context.text(.waitingForData) + ellipsis, at: Point(x: 0, y: y), width: canvas.width,
                   alignment: .center, role: .title, bold: true)
        canvas.put(context.text(.noSourceDelivered), at: Point(x: 0, y: y + 1), width: canvas.width,
                   alignment: .center, role: .muted)
        y += 3
        guard tableHeight > 0 else { return }
        let x = (canvas.width - tableWidth) / 2
        canvas.region(Rect(x: x, y: y, width: tableWidth, height: canvas.height - y)) { table.draw(on: &$0) }
    }
}
