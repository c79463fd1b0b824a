import KotaCerdasCore
import Synchronization

/// A value worked out from a document once and kept until the data changes: the frame
/// and the update of every key ask for it, while a new document is rare.
///
/// A document is known by the identity of its dimensions array's storage, as
/// `RowOrderCache` knows tables: the memo holds on to that array, so no other array can
/// reuse the storage while it is kept, and any change to a dimension, indicator or
/// programme copies the array into new storage. Only the last document is kept.
final class DocumentMemo<Value: Sendable>: Sendable {
    private let make: @Sendable (CityDocument) -> Value
    private let last = Mutex<(storage: UInt, dimensions: [KotaCerdasCore.Dimension], value: Value)?>(nil)

    init(_ make: @escaping @Sendable (CityDocument) -> Value) {
        self.make = make
    }

    func value(for document: CityDocument) -> Value {
        let storage = document.dimensions.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }
        return last.withLock { entry in
            if let entry, entry.storage == storage, entry.dimensions.count == document.dimensions.count {
                return entry.value
            }
            let value = make(document)
            entry = (storage, document.dimensions, value)
            return value
        }
    }
}
