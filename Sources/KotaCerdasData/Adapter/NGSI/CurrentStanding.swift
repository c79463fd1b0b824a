import KotaCerdasCore

/// A FIWARE KPI's own verdict on its value (`currentStanding`: very good … very bad). The
/// KPI model carries no target or alert levels, so when the config gives none, the
/// standing is turned into alert levels around the value that make the dashboard's
/// status logic say what the broker said:
///
/// | standing | status | warn | critical |
/// |---|---|---|---|
/// | very good, good | on target ✓ | the value | one band worse |
/// | fair | watch ! | one band better | one band worse |
/// | bad, very bad | off target ✗ | two bands better | one band better |
///
/// "Better" follows the indicator's direction (higher unless configured), and a band is
/// 10 % of the value (1 for a value of 0). No target is invented, so the KPI shows its
/// status but does not count towards the dimension's attainment score.
enum CurrentStanding: Equatable {
    case good, fair, bad

    /// Reads `veryGood`, `very good`, `VERY_GOOD`, `good`, `fair`, `bad`, `veryBad`…
    init?(_ text: String) {
        switch String(AttributeName.folded(text).map { Character(Unicode.Scalar($0)) }) {
        case "verygood", "good": self = .good
        case "fair": self = .fair
        case "bad", "verybad": self = .bad
        default: return nil
        }
    }

    /// Alert levels that put `value` in this standing for an indicator improving `better`
    /// (`higher` or `lower`).
    func levels(around value: Double, better: BetterDirection) -> (warn: Double, critical: Double) {
        let band = value == 0 ? 1 : abs(value) * 0.1
        // The better side is up for "higher", down for "lower".
        let up = better == .lower ? -band : band
        switch self {
        case .good: return (value, value - up)
        case .fair: return (value + up, value - up)
        case .bad: return (value + 2 * up, value + up)
        }
    }
}
