/// What the user did to one table: selection (by id, so it survives data changes and
/// re-sorting), scroll position, sort column and filter.
public struct TableState: Hashable, Sendable {
    /// The id of the selected row; nil selects the first row.
    public var selectedID: String?
    /// The first visible row.
    public var scroll: Int = 0
    /// Index of the sort column among the table's columns; nil keeps the data's order.
    public var sortColumn: Int?
    /// Rows whose name contains this text (ignoring case) are shown.
    public var filter: String = ""
    /// True while the user types the filter.
    public var isEditingFilter = false

    public init() {}
}
