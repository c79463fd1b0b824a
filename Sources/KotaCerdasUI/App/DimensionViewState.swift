/// The state of one dimension screen: which table has the focus and each table's own state.
public struct DimensionViewState: Hashable, Sendable {
    public var focusedTable: TableKind = .indicators
    public var indicators = TableState()
    public var programs = TableState()

    public init() {}

    /// The state of `kind`'s table.
    public subscript(kind: TableKind) -> TableState {
        get { kind == .indicators ? indicators : programs }
        set {
            if kind == .indicators { indicators = newValue } else { programs = newValue }
        }
    }
}
