/// The status an alert is about: an indicator's, a programme's or a source's. Their
/// words never collide (`watch`, `at-risk`, `stale`…), so one word names one status in
/// the alert file and in the alert command's environment.
public enum AlertStatus: Hashable, Sendable {
    case indicator(IndicatorStatus)
    case program(ProgramStatus)
    case source(SourceStatus.State)

    public var severity: AlertSeverity {
        switch self {
        case .indicator(let status): status.alertSeverity
        case .program(let status): status.alertSeverity
        case .source(let state): state.alertSeverity
        }
    }

    /// The status's word in the data format: `off-target`, `delayed`, `failing`.
    public var word: String {
        switch self {
        case .indicator(let status): status.rawValue
        case .program(let status): status.rawValue
        case .source(let state): state.rawValue
        }
    }

    /// The status named by `word`, or nil for a word that names none.
    public init?(word: String) {
        if let status = IndicatorStatus(rawValue: word) {
            self = .indicator(status)
        } else if let status = ProgramStatus(rawValue: word) {
            self = .program(status)
        } else if let state = SourceStatus.State(rawValue: word) {
            self = .source(state)
        } else {
            return nil
        }
    }
}
