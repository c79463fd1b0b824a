import Foundation

/// A table filter's text matching: case and diacritics are ignored, so `sumenep` finds
/// "Sumenep" and `pelayanan` finds "Pelayanan".
///
/// Each row's text is folded once, then every keystroke of the filter is a plain byte
/// search: asking Foundation to compare ignoring case and diacritics row by row cost
/// milliseconds per keystroke in a table of thousands of rows.
struct SearchText: Sendable {
    private let folded: [UInt8]

    init(_ text: String) {
        folded = FoldedText(text).bytes
    }

    /// True when `needle` (already folded) occurs in this text; an empty needle matches.
    func contains(_ needle: SearchText) -> Bool {
        let pattern = needle.folded
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= folded.count else { return false }
        let first = pattern[0]
        for start in 0...(folded.count - pattern.count) where folded[start] == first {
            if folded[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }
}
