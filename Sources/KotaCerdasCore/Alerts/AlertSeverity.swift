/// How bad a status is, for alerts: the one ranking every alert decision compares, so a
/// status word added or renamed later only needs its rank here, never a reordered enum.
public enum AlertSeverity: Int, Comparable, Sendable {
    /// Nothing to alert about: on target, on track, ok, or nothing to judge.
    case fine = 0
    /// Watch, at risk, stale.
    case warning = 1
    /// Off target, delayed, failing.
    case critical = 2

    public static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool { lhs.rawValue < rhs.rawValue }
}

public extension IndicatorStatus {
    /// No data raises nothing: a missing figure is the source's problem, alerted there.
    var alertSeverity: AlertSeverity {
        switch self {
        case .onTarget, .noData: .fine
        case .watch: .warning
        case .offTarget: .critical
        }
    }
}

public extension ProgramStatus {
    var alertSeverity: AlertSeverity {
        switch self {
        case .planned, .onTrack, .completed, .cancelled: .fine
        case .atRisk: .warning
        case .delayed: .critical
        }
    }
}

public extension SourceStatus.State {
    /// A source still loading has not failed yet.
    var alertSeverity: AlertSeverity {
        switch self {
        case .loading, .ok: .fine
        case .stale: .warning
        case .failing: .critical
        }
    }
}
