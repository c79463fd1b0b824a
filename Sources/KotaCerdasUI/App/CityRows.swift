import KotaCerdasCore

/// The rows of the cities view: every city with its summary, its rank by overall score
/// and the order its sort column puts it in. Update and view both use it, so the
/// selection and the drawing agree.
struct CityRows {
    let cities: [CityDocument]
    let summaries: [CitySummary]
    let columns: [CityColumn]
    /// Each city's rank by overall score (ties share a rank, as in a league table); nil
    /// for a city without an overall score.
    let ranks: [Int?]
    /// Positions into `cities` in display order.
    let order: [Int]

    init(_ state: AppState) {
        let cities = state.cities
        let summaries = cities.map(CitySummary.init)
        let columns = CityColumn.all(for: cities)
        let overall = summaries.map(\.overall)
        let column = state.citiesTable.sortColumn.flatMap { columns.indices.contains($0) ? columns[$0] : nil } ?? .overall
        let keys = cities.indices.map { column.sortKey(cities[$0], summary: summaries[$0], language: state.language) }
        self.cities = cities
        self.summaries = summaries
        self.columns = columns
        ranks = Self.ranks(overall)
        order = cities.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Competition ranks of `scores`, highest first (1, 2, 2, 4); nil for no score.
    private static func ranks(_ scores: [Double?]) -> [Int?] {
        let ranked = scores.enumerated().compactMap { index, score in score.map { (index: index, score: $0) } }
            .sorted { $0.score > $1.score }
        var ranks = [Int?](repeating: nil, count: scores.count)
        for (position, entry) in ranked.enumerated() {
            let tied = position > 0 && ranked[position - 1].score == entry.score
            ranks[entry.index] = tied ? ranks[ranked[position - 1].index] : position + 1
        }
        return ranks
    }

    /// The ids of the cities in display order.
    var ids: [String] { order.map { cities[$0].city.id } }

    /// The display position of the selected city (the first when none is selected or it vanished).
    func selectedRow(_ table: TableState) -> Int {
        table.selectedID.flatMap(ids.firstIndex(of:)) ?? 0
    }
}
