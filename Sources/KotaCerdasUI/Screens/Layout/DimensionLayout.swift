import KotaCerdasCore

/// Where the parts of a dimension screen go: the header with name and goal, then the
/// indicator table above the programme table. Shared by the view and the keys.
public struct DimensionLayout: Equatable, Sendable {
    /// One table's place: its title line, its column header line and its data rows.
    public struct Section: Equatable, Sendable {
        public let title: Rect
        public let header: Rect
        public let rows: Rect
        /// The first data row on screen.
        public let scroll: Int
        public let rowCount: Int
        /// The row index shown as selected, nil for an empty table.
        public let selected: Int?
    }

    /// The goal, wrapped to the screen width.
    public let goalLines: [String]
    public let header: Rect
    public let indicators: Section
    public let programs: Section

    /// Goal lines beyond this are cut; the tables matter more.
    static let maximumGoalLines = 2

    public init(state: AppState, dimension: Dimension) {
        let body = ScreenFrame(state: state, route: .dimension(dimension.id)).body
        let view = state.dimensionView(dimension.id)
        let goal = dimension.goal?.text(in: state.language) ?? ""
        goalLines = Array(goal.wrapped(toWidth: max(1, body.width - 2)).prefix(Self.maximumGoalLines))
        header = Rect(x: body.x, y: body.y, width: body.width, height: 1 + goalLines.count)
        let indicatorIDs = TableRows.ids(.indicators, of: dimension, view: view, language: state.language)
        let programIDs = TableRows.ids(.programs, of: dimension, view: view, language: state.language)
        // One blank line under the header and one between the tables; each table has a
        // title and a column header line.
        let tablesTop = header.maxY + 1
        let available = max(0, body.maxY - tablesTop - 1 - 4)
        let indicatorRows = Self.share(available, first: indicatorIDs.count, second: programIDs.count)
        let programRows = max(0, available - indicatorRows)
        indicators = Self.table(top: tablesTop, width: body.width, x: body.x, rows: indicatorRows,
                                ids: indicatorIDs, state: view.indicators)
        programs = Self.table(top: indicators.rows.maxY + 1, width: body.width, x: body.x, rows: programRows,
                              ids: programIDs, state: view.programs)
    }

    public func table(_ kind: TableKind) -> Section { kind == .indicators ? indicators : programs }

    /// Rows for the first table: all it needs when both fit (the space left over stays
    /// below the second table), else a share in proportion to the row counts, at least
    /// three rows each when there is room.
    private static func share(_ available: Int, first: Int, second: Int) -> Int {
        let minimum = min(3, available / 2)
        let firstNeed = max(1, first)
        let secondNeed = max(1, second)
        if firstNeed + secondNeed <= available { return firstNeed }
        let proportional = available * firstNeed / (firstNeed + secondNeed)
        return max(minimum, min(available - minimum, proportional))
    }

    private static func table(top: Int, width: Int, x: Int, rows: Int, ids: [String], state: TableState) -> Section {
        let selected = ids.isEmpty ? nil : (state.selectedID.flatMap(ids.firstIndex(of:)) ?? 0)
        let scroll = Table.visibleOffset(selectedRow: selected, preferred: state.scroll, rowCount: ids.count, visibleRows: rows)
        return Section(
            title: Rect(x: x, y: top, width: width, height: 1),
            header: Rect(x: x, y: top + 1, width: width, height: 1),
            rows: Rect(x: x, y: top + 2, width: width, height: rows),
            scroll: scroll, rowCount: ids.count, selected: selected)
    }
}
