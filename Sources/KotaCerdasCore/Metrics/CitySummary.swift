/// What the cities view shows of one city: each dimension's score, the overall score,
/// indicator status counts and the time of its freshest data.
public struct CitySummary: Equatable, Sendable {
    /// Each dimension's score (0…1) by dimension id; a dimension with no scored
    /// indicator is absent.
    public let dimensionScores: [String: Double]
    /// The overall score, 0…1: the published index score (`CityIndex`) when the document
    /// has one, as that is the figure the city is ranked by; else the mean of its
    /// dimension scores; nil when there is neither.
    public let overall: Double?
    /// True when `overall` is the published index rather than the dimensions' mean.
    public let overallIsIndex: Bool
    public let statusCounts: [IndicatorStatus: Int]
    /// The same counts with good split into target met and on track, as panels show them.
    public let standingCounts: [IndicatorStanding: Int]
    /// The newest `updatedAt` of any indicator or programme, else the document's `asOf`.
    public let freshest: DataDate?

    public init(_ document: CityDocument) {
        let summaries = document.dimensions.map { ($0.id, DimensionSummary($0)) }
        var scores: [String: Double] = [:]
        var counts: [IndicatorStanding: Int] = [:]
        for (id, summary) in summaries {
            if let score = summary.score { scores[id] = scores[id] ?? score }
            for (standing, count) in summary.standingCounts { counts[standing, default: 0] += count }
        }
        dimensionScores = scores
        standingCounts = counts
        statusCounts = counts.reduce(into: [:]) { $0[$1.key.status, default: 0] += $1.value }
        let mean = scores.isEmpty ? nil : scores.values.reduce(0, +) / Double(scores.count)
        overall = document.index.map(\.attainment) ?? mean
        overallIsIndex = document.index != nil
        freshest = summaries.compactMap(\.1.freshest).max() ?? document.asOf
    }

    public func count(_ status: IndicatorStatus) -> Int { statusCounts[status] ?? 0 }
    public func standingCount(_ standing: IndicatorStanding) -> Int { standingCounts[standing] ?? 0 }
}
