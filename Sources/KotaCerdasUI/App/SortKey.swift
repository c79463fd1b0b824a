/// Where a row goes in a sorted table: by `rank`, then `text`; ties keep the data's
/// order. Worked out once per row, so a sort compares plain values instead of
/// lowercasing names or judging statuses at every comparison.
struct SortKey: Comparable {
    var rank: Double = 0
    var text: String = ""

    /// Larger first, missing values last (as `rank`, smaller goes first).
    static func descending(_ value: Double?) -> SortKey {
        SortKey(rank: value.map { -$0 } ?? .infinity)
    }

    static func ascending(_ value: Double) -> SortKey {
        SortKey(rank: value)
    }

    /// Alphabetical, ignoring case.
    static func alphabetical(_ text: String) -> SortKey {
        SortKey(text: text.lowercased())
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.text < rhs.text
    }
}
