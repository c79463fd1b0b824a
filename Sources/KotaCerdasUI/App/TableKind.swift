/// The two tables of a dimension screen.
public enum TableKind: Hashable, Sendable {
    case indicators
    case programs

    /// The other table, for Tab and Shift-Tab.
    public var other: TableKind { self == .indicators ? .programs : .indicators }
}
