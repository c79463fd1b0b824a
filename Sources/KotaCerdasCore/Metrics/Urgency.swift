/// How much a status asks for attention, 0 first: the one order used wherever statuses
/// are sorted or listed (tables, panels), so the screens never disagree.
public extension IndicatorStatus {
    var urgency: Int {
        switch self {
        case .offTarget: 0
        case .watch: 1
        case .noData: 2
        case .onTarget: 3
        }
    }
}

public extension ProgramStatus {
    var urgency: Int {
        switch self {
        case .delayed: 0
        case .atRisk: 1
        case .onTrack: 2
        case .planned: 3
        case .completed: 4
        case .cancelled: 5
        }
    }
}
