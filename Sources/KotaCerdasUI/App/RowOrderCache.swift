import KotaCerdasCore
import Synchronization

/// Remembers the sorted and filtered row orders of the tables lately shown.
///
/// Every keystroke on a dimension screen lays the screen out and draws it, which asks
/// for a table's rows several times; with thousands of rows, sorting and filtering each
/// time would cost more than a frame. Orders are kept per list of entities, by the
/// identity of the array's storage: an entry holds on to that array, so no other array
/// can reuse the storage while the entry exists, and equal storage means equal rows.
final class RowOrderCache<Entity: Sendable>: Sendable {
    private struct Source: Equatable, Sendable {
        /// The address of the array's storage.
        let storage: UInt
        let count: Int
        let language: Language
    }

    /// What one list of entities needs for any filter and sort: each row's search text
    /// and, per sort column already asked for, every row in sorted order.
    private struct Entry: Sendable {
        let source: Source
        /// Keeps the storage alive (see the type's comment).
        let entities: [Entity]
        let searchTexts: [(name: SearchText, id: SearchText)]
        var sortedOrders: [Int?: [Int]] = [:]
        var filteredOrders: [FilterKey: [Int]] = [:]
    }

    private struct FilterKey: Hashable, Sendable {
        let sortColumn: Int?
        let filter: String
    }

    /// Two tables a screen, plus the previous document's while new data comes in.
    private static var capacity: Int { 4 }

    private let entries = Mutex<[Entry]>([])

    /// Positions into `entities` of the rows to show, in order.
    func order(
        of entities: [Entity], language: Language, sortColumn: Int?, filter: String,
        searchText: (Entity) -> (name: String, id: String),
        sortKey: (Int, Entity) -> SortKey?
    ) -> [Int] {
        let source = Source(
            storage: entities.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }, count: entities.count, language: language)
        let key = FilterKey(sortColumn: sortColumn, filter: filter)
        var entry = entries.withLock { entries in
            entries.firstIndex { $0.source == source }.map { entries.remove(at: $0) }
        } ?? Entry(source: source, entities: entities, searchTexts: entities.map {
            let text = searchText($0)
            return (SearchText(text.name), SearchText(text.id))
        })
        let order: [Int]
        if let known = entry.filteredOrders[key] {
            order = known
        } else {
            let sorted = entry.sortedOrders[sortColumn] ?? Self.sorted(entities, column: sortColumn, sortKey: sortKey)
            entry.sortedOrders[sortColumn] = sorted
            let needle = SearchText(filter)
            order = sorted.filter { entry.searchTexts[$0].name.contains(needle) || entry.searchTexts[$0].id.contains(needle) }
            // Each filter typed adds one; only the latest few are worth keeping.
            if entry.filteredOrders.count >= Self.capacity * 4 { entry.filteredOrders.removeAll() }
            entry.filteredOrders[key] = order
        }
        entries.withLock { entries in
            entries.insert(entry, at: 0)
            if entries.count > Self.capacity { entries.removeLast() }
        }
        return order
    }

    /// Every row, sorted by `column`'s key; ties, and no column, keep the data's order.
    private static func sorted(_ entities: [Entity], column: Int?, sortKey: (Int, Entity) -> SortKey?) -> [Int] {
        guard let column else { return Array(entities.indices) }
        let keys = entities.map { sortKey(column, $0) }
        return entities.indices.sorted { lhs, rhs in
            guard let left = keys[lhs], let right = keys[rhs], left != right else { return lhs < rhs }
            return left < right
        }
    }
}
