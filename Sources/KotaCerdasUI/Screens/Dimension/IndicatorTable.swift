import KotaCerdasCore

/// The columns and rows of a dimension's indicator table, filtered and sorted.
struct IndicatorTable {
    let context: ViewContext
    let dimension: Dimension
    let state: TableState

    static let sparkWidth = 8

    /// Below this width the "updated" column gives its room to the names.
    static let updatedColumnWidth = 100

    /// The columns at `width`, the number of rows and each row's cells; cells are made
    /// only for the rows drawn.
    func table(width: Int) -> (columns: [TableColumn], rowCount: Int, row: (Int) -> [TableCell]) {
        let shown = IndicatorColumn.allCases.filter { $0 != .updated || width >= Self.updatedColumnWidth }
        let statusWidth = IndicatorStanding.allCases.map { context.label($0).displayWidth }.max() ?? 0
        let columns: [TableColumn] = shown.map { column in
            let title = header(column)
            switch column {
            case .name: return TableColumn(title, width: .flexible(weight: 1))
            // Value and target read alike (same unit, same decimals), so they get the same room.
            case .value, .target: return .numeric(title, width: .fixed(13))
            case .status: return TableColumn(title, width: .fixed(statusWidth))
            case .trend: return TableColumn(title, width: .fixed(Self.sparkWidth + 2))
            case .updated: return .numeric(title, width: .fixed(13))
            }
        }
        let order = TableRows.order(.indicators, of: dimension, table: state, language: context.language)
        return (columns, order.count, { Array(row(dimension.indicators[order[$0]]).prefix(shown.count)) })
    }

    private func header(_ column: IndicatorColumn) -> String {
        let title = context.text(column.title)
        return state.sortColumn == column.rawValue ? title + " " + context.glyphs.arrowDown : title
    }

    private func row(_ indicator: Indicator) -> [TableCell] {
        let figures = IndicatorFigures(indicator, context: context)
        let status = indicator.standing
        return [
            TableCell(context.name(indicator.name)),
            TableCell(figures.withUnit(indicator.value, compact: true)),
            TableCell(figures.withUnit(indicator.target, compact: true), role: .muted),
            TableCell(context.label(status), role: context.role(status)),
            TableCell(context.symbol(indicator.trend) + " " + sparkline(indicator), role: .chart),
            TableCell(indicator.updatedAt.map(context.age(of:)) ?? context.unavailable, role: .muted),
        ]
    }

    /// The history as sparkline glyphs, scaled as the sparkline widget scales them.
    private func sparkline(_ indicator: Indicator) -> String {
        var buffer = CellBuffer(width: Self.sparkWidth, height: 1)
        buffer.draw(glyphs: context.glyphs) { Sparkline(values: indicator.series.map(\.value)).draw(on: &$0) }
        return buffer.line(0)
    }
}
