import Foundation

/// Text folded for searching: lower case without diacritics, as UTF-8 bytes, so
/// `sumenep` finds "Sumenep", `kesehatan` finds "Kesehatan" and `cafe` finds "Café".
///
/// ASCII (nearly every name and id) is folded byte by byte; anything else one character
/// at a time through Foundation, which also tells which character each byte came from,
/// so a match found in the bytes can be shown on the characters.
struct FoldedText: Sendable {
    let bytes: [UInt8]
    /// For each byte, the index of the character of the original text it came from;
    /// nil when the text was ASCII and byte `i` is character `i`.
    let owners: [Int]?

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes = text.utf8.map(Self.lowercased)
            owners = nil
            return
        }
        var bytes: [UInt8] = []
        var owners: [Int] = []
        for (index, character) in text.enumerated() {
            let folded = character.isASCII
                ? character.utf8.map(Self.lowercased)
                : Array(String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
            bytes += folded
            owners += repeatElement(index, count: folded.count)
        }
        self.bytes = bytes
        self.owners = owners
    }

    /// The index of the character byte `offset` came from.
    func character(ofByte offset: Int) -> Int { owners?[offset] ?? offset }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
