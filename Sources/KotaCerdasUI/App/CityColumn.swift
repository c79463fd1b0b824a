import KotaCerdasCore

/// The sortable columns of the cities view, in display order; `s` cycles the sort
/// through them, and no sort column means ranked by the overall score.
enum CityColumn: Hashable, Sendable {
    case name
    /// The index category, shown when some city's index has one.
    case category
    /// One dimension's score, by dimension id.
    case dimension(String)
    case overall
    /// Indicator status counts, worst first.
    case statuses
    case updated

    /// The columns for `cities`: one per dimension id any city has, in the order they
    /// first appear (cities of one framework share them; others add theirs after).
    static func all(for cities: [CityDocument]) -> [CityColumn] {
        var dimensionIDs: [String] = []
        for id in cities.flatMap({ $0.dimensions.map(\.id) }) where !dimensionIDs.contains(id) { dimensionIDs.append(id) }
        let hasCategory = cities.contains { $0.index?.category != nil }
        // A ranking that publishes only index scores has no indicators to count.
        let hasIndicators = cities.contains { $0.dimensions.contains { !$0.indicators.isEmpty } }
        return [.name] + (hasCategory ? [.category] : []) + dimensionIDs.map(CityColumn.dimension)
            + [.overall] + (hasIndicators ? [.statuses] : []) + [.updated]
    }

    /// Where a city goes when sorted by this column: best or most notable first.
    func sortKey(_ city: CityDocument, summary: CitySummary, language: Language) -> SortKey {
        switch self {
        case .name: .alphabetical(city.city.name)
        case .category: .alphabetical(city.index?.category?.text(in: language) ?? "\u{10FFFF}")
        case .dimension(let id): .descending(summary.dimensionScores[id])
        case .overall: .descending(summary.overall)
        case .statuses:
            // Most off-target first, then most on watch.
            .descending(Double(summary.count(.offTarget)) * 1_000_000 + Double(summary.count(.watch)))
        case .updated: .descending(summary.freshest?.instant.timeIntervalSince1970)
        }
    }
}
