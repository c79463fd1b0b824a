import KotaCerdasCore

/// The columns and rows of a dimension's programme table, filtered and sorted.
struct ProgramTable {
    let context: ViewContext
    let dimension: Dimension
    let state: TableState

    /// The columns at `width`, the number of rows and each row's cells; cells are made
    /// only for the rows drawn.
    func table(width: Int) -> (columns: [TableColumn], rowCount: Int, row: (Int) -> [TableCell]) {
        let statusWidth = ProgramStatus.allCases.map { context.label($0).displayWidth }.max() ?? 0
        let barWidth = width >= 110 ? 10 : 5
        let columns: [TableColumn] = ProgramColumn.allCases.map { column in
            let title = header(column)
            switch column {
            case .name: return TableColumn(title, width: .flexible(weight: 3))
            case .owner: return TableColumn(title, width: .flexible(weight: 1))
            case .status: return TableColumn(title, width: .fixed(statusWidth))
            case .progress: return TableColumn(title, width: .fixed(barWidth + 5))
            case .absorption: return .numeric(title, width: .fixed(8))
            case .end: return .numeric(title, width: .fixed(11))
            }
        }
        let order = TableRows.order(.programs, of: dimension, table: state, language: context.language)
        return (columns, order.count, { row(dimension.programs[order[$0]], barWidth: barWidth) })
    }

    private func header(_ column: ProgramColumn) -> String {
        let title = context.text(column.title)
        return state.sortColumn == column.rawValue ? title + " " + context.glyphs.arrowDown : title
    }

    private func row(_ program: Program, barWidth: Int) -> [TableCell] {
        let progress = program.progress.map {
            BarText.make($0, width: barWidth, glyphs: context.glyphs) + " " + context.numbers.percent($0 * 100).leftPadded(to: 4)
        } ?? context.unavailable
        return [
            TableCell(context.name(program.name)),
            TableCell(program.owner, role: .muted),
            TableCell(context.label(program.status), role: context.role(program.status)),
            TableCell(progress, role: .chart),
            TableCell(program.absorption.map { context.numbers.percent($0 * 100) } ?? context.unavailable),
            TableCell(program.end.map(context.dates.date) ?? context.unavailable, role: .muted),
        ]
    }
}

extension String {
    /// This text with spaces in front up to `width` columns, for figures in a row.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth)) + self
    }
}
