/// Comparisons that report a tie as nil, so sorts can fall back to the data's order.
enum SortOrder {
    static func ascending<Value: Comparable>(_ a: Value, _ b: Value) -> Bool? {
        a == b ? nil : a < b
    }

    /// Larger first; missing values always last.
    static func descending<Value: Comparable>(_ a: Value?, _ b: Value?) -> Bool? {
        switch (a, b) {
        case let (a?, b?): a == b ? nil : a > b
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): nil
        }
    }
}
