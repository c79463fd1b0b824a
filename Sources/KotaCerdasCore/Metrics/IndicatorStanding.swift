/// How an indicator stands, in the words an official reads: the three-level severity of
/// `IndicatorStatus`, with its good level told apart as *target met* or *on track*.
///
/// A poverty rate of 17.78 % against a target of 15 % (lower is better) with a warn level
/// of 18 % is good in severity — scores, counts and alerts treat it so — but it has not met
/// its target: it is on track. Screens show the standing; anything that only needs the
/// severity uses `status`, which is derived from the standing.
public enum IndicatorStanding: String, CaseIterable, Sendable {
    /// The value meets or beats the target in its direction (for `target`, it lies within
    /// the allowed deviation, which is the target's own band).
    case targetMet = "target-met"
    /// Not at the target, but at or better than the warn level; also every good value of
    /// an indicator judged by alert levels alone, without a target.
    case onTrack = "on-track"
    /// Past the warn level but not past the critical level.
    case watch
    /// Past the critical level.
    case offTarget = "off-target"
    /// No current value, or nothing to measure it against.
    case noData = "no-data"

    /// The severity this standing refines.
    public var status: IndicatorStatus {
        switch self {
        case .targetMet, .onTrack: .onTarget
        case .watch: .watch
        case .offTarget: .offTarget
        case .noData: .noData
        }
    }
}
