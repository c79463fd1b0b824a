import KotaCerdasCore

/// The columns of a dimension's indicator table, in display order; `s` cycles the sort
/// through them.
public enum IndicatorColumn: Int, CaseIterable, Sendable {
    case name, value, target, status, trend, updated

    /// Where an indicator goes when sorted by this column: worst or most notable first,
    /// so a sorted table puts what needs attention at the top.
    func sortKey(_ indicator: Indicator, language: Language) -> SortKey {
        switch self {
        case .name: .alphabetical(indicator.name.text(in: language))
        case .value: .descending(indicator.value)
        case .target: .descending(indicator.target)
        case .status: .ascending(Double(indicator.status.urgency))
        case .trend: .ascending(Double(Self.severity(indicator.trend)))
        case .updated: .descending(indicator.updatedAt?.instant.timeIntervalSince1970)
        }
    }

    private static func severity(_ trend: Trend) -> Int {
        switch trend {
        case .worsening: 0
        case .steady: 1
        case .improving: 2
        case .unknown: 3
        }
    }
}
