/// Where a programme stands, as its owner reports it.
public enum ProgramStatus: String, CaseIterable, Sendable {
    case planned
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case delayed
    case completed
    case cancelled
}
