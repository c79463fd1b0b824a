import KotaCerdasCore

extension PaletteIndex {
    /// The index of `document`, built on the first use after each data change and kept
    /// until the next: the update and the frame of every key ask for it.
    static func of(_ document: CityDocument) -> PaletteIndex { memo.value(for: document) }

    private static let memo = DocumentMemo { PaletteIndex($0) }
}
