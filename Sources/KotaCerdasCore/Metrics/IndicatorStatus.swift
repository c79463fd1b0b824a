/// How an indicator stands against its alert levels. Shown with a symbol and a word,
/// never by colour alone.
public enum IndicatorStatus: String, CaseIterable, Sendable {
    /// At or better than the warn level.
    case onTarget = "on-target"
    /// Past the warn level but not past the critical level.
    case watch
    /// Past the critical level.
    case offTarget = "off-target"
    /// No current value, or nothing to measure it against.
    case noData = "no-data"
}
