/// Which way an indicator improves.
public enum BetterDirection: String, CaseIterable, Sendable {
    /// More is better (coverage, index scores).
    case higher
    /// Less is better (poverty rate, response time).
    case lower
    /// Closest to the target is best (a planned level, neither more nor less).
    case target
}
