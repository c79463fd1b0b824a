import KotaCerdasCore
import Synchronization

extension PaletteIndex {
    /// The index of `document`, built on the first use after each data change and kept
    /// until the next: the update and the frame of every key ask for it.
    ///
    /// A document is known by the identity of its dimensions array's storage, as
    /// `RowOrderCache` knows tables: the entry holds on to that array, so no other array
    /// can reuse the storage while the entry exists, and any change to a dimension,
    /// indicator or programme copies the array into new storage.
    static func of(_ document: CityDocument) -> PaletteIndex {
        let storage = document.dimensions.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }
        return built.withLock { entry in
            if let entry, entry.storage == storage, entry.dimensions.count == document.dimensions.count {
                return entry.index
            }
            let index = PaletteIndex(document)
            entry = (storage, document.dimensions, index)
            return index
        }
    }

    /// The last document's index, with the array that identifies it (kept alive).
    private static let built = Mutex<(storage: UInt, dimensions: [KotaCerdasCore.Dimension], index: PaletteIndex)?>(nil)
}
