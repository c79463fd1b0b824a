/// Where the cities view puts its table and the lines under it, for the view, the keys
/// (a page is the rows shown) and the mouse.
struct CitiesLayout {
    /// The table, header included, in body coordinates.
    let table: Rect
    /// Rows of cities visible at once.
    let visibleRows: Int
    /// The lines under the table: the dimension legend, how the overall score is made,
    /// the selected city's note.
    let footer: Rect

    /// The footer keeps this many lines when the body has room for a few rows too.
    static let footerLines = 5

    init(state: AppState) {
        let body = ScreenFrame(size: state.size, route: .cities).body
        let footerHeight = body.height >= Self.footerLines + 4 ? Self.footerLines : 0
        let tableHeight = max(0, min(state.cities.count + 1, body.height - footerHeight - 1))
        table = Rect(x: 1, y: 0, width: max(0, body.width - 2), height: tableHeight)
        visibleRows = max(0, tableHeight - 1)
        footer = Rect(x: 1, y: tableHeight + 1, width: max(0, body.width - 2), height: footerHeight)
    }
}
