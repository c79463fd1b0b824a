import Foundation

/// What a dimension panel shows at a glance: score, status counts, programme counts and
/// the time of its freshest data.
public struct DimensionSummary: Equatable, Sendable {
    /// Weighted mean attainment of the indicators that have one, 0…1; nil if none do.
    public let score: Double?
    public let statusCounts: [IndicatorStatus: Int]
    /// The same counts with the good severity told apart as target met and on track.
    public let standingCounts: [IndicatorStanding: Int]
    public let programCounts: [ProgramStatus: Int]
    /// The newest `updatedAt` among the dimension's indicators and programmes.
    public let freshest: DataDate?

    public init(_ dimension: Dimension) {
        var weightedSum = 0.0
        var totalWeight = 0.0
        var statusCounts: [IndicatorStatus: Int] = [:]
        var standingCounts: [IndicatorStanding: Int] = [:]
        // Weights are taken relative to the largest, so weights near the largest double
        // cannot add up to infinity and turn every score into 0.
        let largestWeight = dimension.indicators.map(\.weight).max() ?? 1
        for indicator in dimension.indicators {
            let standing = indicator.standing
            standingCounts[standing, default: 0] += 1
            statusCounts[standing.status, default: 0] += 1
            if let attainment = indicator.attainment, indicator.weight > 0 {
                let weight = indicator.weight / largestWeight
                weightedSum += attainment * weight
                totalWeight += weight
            }
        }
        score = totalWeight > 0 ? weightedSum / totalWeight : nil
        self.statusCounts = statusCounts
        self.standingCounts = standingCounts
        programCounts = dimension.programs.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
        let dates = dimension.indicators.compactMap(\.updatedAt) + dimension.programs.compactMap(\.updatedAt)
        freshest = dates.max()
    }

    public func count(_ status: IndicatorStatus) -> Int { statusCounts[status] ?? 0 }
    public func standingCount(_ standing: IndicatorStanding) -> Int { standingCounts[standing] ?? 0 }
    public func count(_ status: ProgramStatus) -> Int { programCounts[status] ?? 0 }
}
