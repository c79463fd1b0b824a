/// Where text sits inside a wider space.
public enum Alignment: Sendable {
    case left
    case center
    case right

    /// The columns to skip before text `used` columns wide inside `width` columns.
    func offset(used: Int, in width: Int) -> Int {
        switch self {
        case .left: 0
        case .center: max(0, width - used) / 2
        case .right: max(0, width - used)
        }
    }
}
