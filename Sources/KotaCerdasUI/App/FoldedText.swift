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

    /// The folded bytes of `text` alone, for folding many texts at once (a search
    /// index): non-ASCII is folded one scalar at a time, each distinct scalar through
    /// Foundation once per `cache`. The same bytes as `init` gives for any text whose
    /// characters fold on their own, which is every name in practice.
    static func bytes(of text: String, cache: inout [Unicode.Scalar: [UInt8]]) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.map(lowercased) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(lowercased(UInt8(scalar.value)))
            } else if let folded = cache[scalar] {
                bytes += folded
            } else {
                let folded = Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
                cache[scalar] = folded
                bytes += folded
            }
        }
        return bytes
    }

    /// The index of the character byte `offset` came from.
    func character(ofByte offset: Int) -> Int { owners?[offset] ?? offset }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
