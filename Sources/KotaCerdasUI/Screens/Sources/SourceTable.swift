import KotaCerdasCore

/// Every source in a row: state, kind, format (the adapter that reads it), location, last
/// success and interval, with what its last read found and its last error wrapped under
/// its row in words. Shared by the sources screen and the waiting screen.
struct SourceTable {
    let context: ViewContext

    /// Errors longer than this many rows end in an ellipsis; the rest stays for the log.
    static let maximumErrorRows = 3

    /// The rows the table needs at `width`, to centre it or stop before the edge.
    func height(width: Int) -> Int {
        let noteWidth = width - columnStarts(width: width)[Self.locationColumn]
        return 1 + context.state.sources.reduce(0) { $0 + 1 + noteLines($1, width: noteWidth).count }
    }

    /// Notes under a row start below this column.
    private static let locationColumn = 3

    func draw(on canvas: inout Canvas) {
        let starts = columnStarts(width: canvas.width)
        let widths = TableColumn.layout(columns, totalWidth: canvas.width)
        for (index, column) in columns.enumerated() {
            canvas.put(column.title, at: Point(x: starts[index], y: 0), width: widths[index],
                       alignment: column.alignment, role: .header, bold: true)
        }
        var y = 1
        let health = context.health
        for (source, state) in zip(health.sources, health.states) where y < canvas.height {
            let cells = row(source, state: state)
            for (index, cell) in cells.enumerated() {
                canvas.put(cell.text, at: Point(x: starts[index], y: y), width: widths[index],
                           alignment: columns[index].alignment, role: cell.role)
            }
            y += 1
            for line in noteLines(source, width: canvas.width - starts[Self.locationColumn]) where y < canvas.height {
                canvas.put(line.text, at: Point(x: starts[Self.locationColumn], y: y), role: line.role)
                y += 1
            }
        }
        if y >= canvas.height, height(width: canvas.width) > canvas.height {
            canvas.set(context.glyphs.arrowDown, at: Point(x: canvas.width - 1, y: canvas.height - 1), role: .accent)
        }
    }

    private var columns: [TableColumn] {
        let states = [SourceStatus.State.loading, .ok, .stale, .failing].map { context.text(.sourceState($0)).displayWidth + 2 }
        let kinds = [SourceStatus.Kind.file, .http, .cache, .bundled].map { context.text(.sourceKind($0)).displayWidth }
        let status = context.text(.columnStatus)
        let kind = context.text(.columnKind)
        let format = context.text(.columnFormat)
        let formats = context.state.sources.map { ($0.adapter ?? "").displayWidth }
        let success = context.text(.columnLastSuccess)
        let interval = context.text(.columnInterval)
        return [
            TableColumn(status, width: .fixed(max(status.displayWidth, states.max() ?? 0))),
            TableColumn(kind, width: .fixed(max(kind.displayWidth, kinds.max() ?? 0))),
            TableColumn(format, width: .fixed(min(16, max(format.displayWidth, formats.max() ?? 0)))),
            TableColumn(context.text(.columnLocation)),
            TableColumn.numeric(success, width: .fixed(max(success.displayWidth, 12))),
            TableColumn.numeric(interval, width: .fixed(max(interval.displayWidth, 13))),
        ]
    }

    private func columnStarts(width: Int) -> [Int] {
        TableColumn.layout(columns, totalWidth: width).reduce(into: [0]) { $0.append($0[$0.count - 1] + $1 + 1) }
    }

    private func row(_ source: SourceStatus, state: SourceStatus.State) -> [TableCell] {
        let success = source.lastSuccess.map { context.ages.relative(from: $0, to: context.state.now) }
        let interval = source.interval.map { context.text(.every(context.ages.duration(seconds: $0))) }
        return [
            TableCell(context.symbol(state) + " " + context.text(.sourceState(state)), role: context.role(state)),
            TableCell(context.text(.sourceKind(source.kind)), role: .muted),
            TableCell(source.adapter ?? "", role: .muted),
            TableCell(source.location),
            TableCell(success ?? context.text(.never), role: success == nil ? .muted : .normal),
            TableCell(interval ?? context.text(.onChange), role: .muted),
        ]
    }

    /// What the last read found (muted), then the last error (in the `off` role), each
    /// wrapped to `width` and at most `maximumErrorRows` rows.
    private func noteLines(_ source: SourceStatus, width: Int) -> [(text: String, role: StyleRole)] {
        let summary = wrapped(source.summary, width: width).map { (text: $0, role: StyleRole.muted) }
        let error = wrapped(source.lastError, width: width).map { (text: $0, role: StyleRole.off) }
        return summary + error
    }

    private func wrapped(_ note: String?, width: Int) -> [String] {
        guard let note, width > 0 else { return [] }
        let lines = context.glyphs.sanitizer.sanitize(note).wrapped(toWidth: width)
        guard lines.count > Self.maximumErrorRows else { return lines }
        var kept = Array(lines.prefix(Self.maximumErrorRows))
        // Room for the ellipsis is made by dropping the last character of the last row.
        kept[kept.count - 1] = String(kept[kept.count - 1].dropLast()) + context.glyphs.ellipsis
        return kept
    }
}
