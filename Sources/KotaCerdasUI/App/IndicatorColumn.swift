import KotaCerdasCore

/// The columns of a dimension's indicator table, in display order; `s` cycles the sort
/// through them.
public enum IndicatorColumn: Int, CaseIterable, Sendable {
    case name, value, target, status, trend, updated

    /// Orders two indicators by this column, worst or most notable first so a sorted table
    /// puts what needs attention at the top; nil when they tie.
    func precedes(_ a: Indicator, _ b: Indicator, language: Language) -> Bool? {
        switch self {
        case .name: SortOrder.ascending(a.name.text(in: language).lowercased(), b.name.text(in: language).lowercased())
        case .value: SortOrder.descending(a.value, b.value)
        case .target: SortOrder.descending(a.target, b.target)
        case .status: SortOrder.ascending(a.status.urgency, b.status.urgency)
        case .trend: SortOrder.ascending(Self.severity(a.trend), Self.severity(b.trend))
        case .updated: SortOrder.descending(a.updatedAt, b.updatedAt)
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
