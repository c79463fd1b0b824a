/// Where the dimension panels of the home screen go. The view draws with it and the
/// keys page with it.
///
/// The grid adapts to the width: three columns from 120 columns, two from 80, one below.
/// Panel rows that do not fit at a readable height scroll, keeping the focused panel
/// in view.
public struct HomeLayout: Equatable, Sendable {
    /// One placed panel: the dimension's index and its rectangle on screen.
    public struct Panel: Equatable, Sendable {
        public let index: Int
        public let rect: Rect
    }

    public let columns: Int
    /// Panel rows in all, and how many are on screen.
    public let totalRows: Int
    public let visibleRows: Int
    /// The first panel row on screen.
    public let scroll: Int
    /// The panels on screen.
    public let panels: [Panel]

    /// A panel shorter than this cannot show a score, indicators and programmes; a lone
    /// column gets a little more, as its panels are wide enough to use it.
    static func minimumPanelHeight(columns: Int) -> Int { columns == 1 ? 9 : 7 }

    public init(state: AppState) {
        self.init(
            body: ScreenFrame(state: state, route: .home).body,
            count: state.document.dimensions.count,
            focus: state.homeFocusIndex,
            scroll: state.homeScroll)
    }

    public init(body: Rect, count: Int, focus: Int, scroll: Int) {
        columns = body.width >= 120 ? 3 : (body.width >= 80 ? 2 : 1)
        totalRows = (count + columns - 1) / columns
        visibleRows = min(totalRows, max(1, body.height / Self.minimumPanelHeight(columns: columns)))
        self.scroll = Table.visibleOffset(selectedRow: focus / columns, preferred: scroll, rowCount: totalRows, visibleRows: visibleRows)
        var panels: [Panel] = []
        let rowHeight = body.height / max(1, visibleRows)
        for row in 0..<visibleRows {
            for column in 0..<columns {
                let index = (self.scroll + row) * columns + column
                guard index < count else { continue }
                let left = body.x + body.width * column / columns
                let right = body.x + body.width * (column + 1) / columns
                let top = body.y + row * rowHeight
                // Every row equally tall, so neighbouring rows read alike; spare lines stay below.
                panels.append(Panel(index: index, rect: Rect(x: left, y: top, width: right - left, height: rowHeight)))
            }
        }
        self.panels = panels
    }
}
