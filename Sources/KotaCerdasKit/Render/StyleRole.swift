/// What a cell means, not what colour it has: a theme resolves roles to colours,
/// so views never name a colour and the same screen works in every theme.
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case normal
    case title
    case border
    case muted
    case ok
    case watch
    case off
    case noData
    case accent
    case chart
    case target
    case header
    case selection
    case statusBar
    case demo
    case error
    /// The characters a search matched, e.g. in the jump palette's results.
    case match

    /// The name used for this role in theme files.
    public var name: String { String(describing: self) }
}
