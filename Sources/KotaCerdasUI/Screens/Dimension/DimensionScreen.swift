import KotaCerdasCore

/// One dimension: name and goal, then its indicator and programme tables; the focused
/// table has the accent and the selection.
struct DimensionScreen {
    let context: ViewContext
    let dimension: Dimension

    func draw(on canvas: inout Canvas) {
        let state = context.state
        let layout = DimensionLayout(state: state, dimension: dimension)
        let origin = ScreenFrame(state: state, route: .dimension(dimension.id)).body
        let shift = { (rect: Rect) in Rect(x: rect.x - origin.x + 1, y: rect.y - origin.y, width: rect.width - 2, height: rect.height) }
        canvas.put(context.name(dimension.name), at: Point(x: 1, y: 0), maxWidth: canvas.width - 2, role: .title, bold: true)
        for (index, line) in layout.goalLines.enumerated() {
            canvas.put(line, at: Point(x: 1, y: 1 + index), maxWidth: canvas.width - 2, role: .muted)
        }
        let view = state.dimensionView(dimension.id)
        for kind in [TableKind.indicators, .programs] {
            let section = layout.table(kind)
            let isFocused = view.focusedTable == kind
            canvas.region(shift(section.title)) { title in
                TableTitle(context: context, kind: kind, table: view[kind], shown: section.rowCount,
                           total: kind == .indicators ? dimension.indicators.count : dimension.programs.count,
                           isFocused: isFocused).draw(on: &title)
            }
            let tableRect = Rect(x: section.header.x, y: section.header.y, width: section.header.width,
                                 height: section.rows.maxY - section.header.y)
            canvas.region(shift(tableRect)) { area in
                let table = kind == .indicators
                    ? IndicatorTable(context: context, dimension: dimension, state: view.indicators).table(width: area.width)
                    : ProgramTable(context: context, dimension: dimension, state: view.programs).table(width: area.width)
                Table(columns: table.columns, rowCount: table.rowCount, selectedRow: isFocused ? section.selected : nil,
                      scrollOffset: section.scroll, row: table.row).draw(on: &area)
                if section.rowCount == 0 {
                    let empty = view[kind].filter.isEmpty
                        ? context.text(kind == .indicators ? .noIndicators : .noPrograms) : context.text(.noMatches)
                    area.put(empty, at: Point(x: 0, y: 1), role: .muted)
                }
            }
            markTargets(of: section, kind: kind, view: view, origin: origin, on: &canvas)
        }
    }

    /// The table's rows as one target for the wheel, then each visible row for clicks.
    private func markTargets(of section: DimensionLayout.Section, kind: TableKind, view: DimensionViewState,
                             origin: Rect, on canvas: inout Canvas) {
        let group = DimensionRoute.targets(kind)
        let rows = Rect(x: section.rows.x - origin.x, y: section.rows.y - origin.y,
                        width: section.rows.width, height: section.rows.height)
        canvas.markTarget(rows, id: "", group: group)
        let ids = TableRows.ids(kind, of: dimension, view: view, language: context.language)
        for (offset, id) in ids.dropFirst(section.scroll).prefix(rows.height).enumerated() {
            canvas.markTarget(Rect(x: rows.x, y: rows.y + offset, width: rows.width, height: 1), id: id, group: group)
        }
    }
}
