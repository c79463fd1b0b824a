import Synchronization

/// The dimensions of the last document decoded, each with the problems found in it, so
/// decoding the same JSON again costs nothing.
///
/// Each document is decoded twice on its way to the screen: once by its source, to
/// refuse a broken document before it reaches the merge, and once more after the merge,
/// which keeps every dimension's JSON as it was. For a large city a decode is most of
/// the loading time. A dimension is recognised by the identity of its object's storage:
/// an entry holds on to that object, so no other object can reuse the storage while the
/// entry exists, and the same storage means the same members.
final class DimensionMemo: Sendable {
    struct Key: Hashable, Sendable {
        /// The address of the dimension object's member storage.
        let storage: UInt
        let position: Int
        let partial: Bool
    }

    struct Entry: Sendable {
        /// Keeps the storage alive (see the type's comment).
        let object: JSONObject
        let dimension: Dimension?
        let problems: [Problem]
    }

    static let shared = DimensionMemo()

    private let entries = Mutex<[Key: Entry]>([:])

    /// The key of the dimension `value` at `position`, nil for anything but an object.
    static func key(of value: JSONValue, position: Int, partial: Bool) -> Key? {
        guard case .object(let object) = value else { return nil }
        let storage = object.members.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        return Key(storage: storage, position: position, partial: partial)
    }

    func entry(_ key: Key) -> Entry? {
        entries.withLock { $0[key] }
    }

    /// Keeps `entries` (one document's dimensions) in place of the previous document's.
    func replace(with entries: [Key: Entry]) {
        self.entries.withLock { $0 = entries }
    }
}
