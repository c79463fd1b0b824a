import KotaCerdasCore

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

    /// The footer's lines for `cities`: with dimensions, their legend and the count of those
    /// that do not fit; how the overall score is made; a note, when a city has one.
    static func footerLines(_ cities: [CityDocument]) -> Int {
        let hasDimensions = cities.contains { !$0.dimensions.isEmpty }
        return (hasDimensions ? 2 : 0) + 1 + (cities.contains { $0.note != nil } ? 1 : 0)
    }
    /// Rows of cities the footer never takes the room of: the ranking comes first.
    static let keptRows = 5

    init(state: AppState) {
        let body = ScreenFrame(size: state.size, route: .cities).body
        let kept = min(state.cities.count, Self.keptRows) + 1
        let footerHeight = max(0, min(Self.footerLines(state.cities), body.height - kept - 1))
        let tableHeight = max(0, min(state.cities.count + 1, body.height - footerHeight - 1))
        table = Rect(x: 1, y: 0, width: max(0, body.width - 2), height: tableHeight)
        visibleRows = max(0, tableHeight - 1)
        footer = Rect(x: 1, y: tableHeight + 1, width: max(0, body.width - 2), height: footerHeight)
    }
}
