import KotaCerdasCore

/// The line above a table: its name and row count, the sort column and the filter
/// (with a cursor while it is typed).
struct TableTitle {
    let context: ViewContext
    let kind: TableKind
    let table: TableState
    let shown: Int
    let total: Int
    let isFocused: Bool

    func draw(on canvas: inout Canvas) {
        let role: StyleRole = isFocused ? .accent : .header
        let marker = isFocused ? (context.glyphs.isUnicode ? "▍" : ">") : " "
        var left = Spans(marker + " ", role: role, bold: true)
        left.add(context.text(kind == .indicators ? .indicators : .programs), role: role, bold: true)
        let count = shown == total ? "\(total)" : context.text(.rowsShown(shown, total))
        left.add("  " + count, role: .muted)
        left.draw(on: &canvas, at: Point(x: 0, y: 0))

        var right = Spans()
        if table.isEditingFilter || !table.filter.isEmpty {
            right.add(context.text(.filter) + ": ", role: .muted)
            right.add(table.filter + (table.isEditingFilter ? "▏" : ""), role: .accent, bold: true)
            right.add("   ")
        }
        let sortName = table.sortColumn.map { columnTitle($0) } ?? context.text(.dataOrder)
        right.add(context.text(.sortedBy(sortName)), role: .muted)
        if right.width + left.width + 2 <= canvas.width {
            right.draw(on: &canvas, at: Point(x: canvas.width - right.width, y: 0))
        }
    }

    private func columnTitle(_ index: Int) -> String {
        switch kind {
        case .indicators: IndicatorColumn(rawValue: index).map { context.text($0.title) } ?? ""
        case .programs: ProgramColumn(rawValue: index).map { context.text($0.title) } ?? ""
        }
    }
}

extension IndicatorColumn {
    var title: UIText {
        switch self {
        case .name: .columnName
        case .value: .columnValue
        case .target: .columnTarget
        case .status: .columnStatus
        case .trend: .columnTrend
        case .updated: .columnUpdated
        }
    }
}

extension ProgramColumn {
    var title: UIText {
        switch self {
        case .name: .columnName
        case .owner: .columnOwner
        case .status: .columnStatus
        case .progress: .columnProgress
        case .absorption: .columnAbsorption
        case .end: .columnEnd
        }
    }
}
