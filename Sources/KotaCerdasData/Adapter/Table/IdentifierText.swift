import Foundation

/// Ids for the document made from names people wrote: `Retribusi Jasa Umum` →
/// `retribusi-jasa-umum`, `Umur harapan hidup saat lahir (UHH)` → `umur-harapan-hidup-saat-lahir-uhh`.
enum IdentifierText {
    /// Lowercase letters and digits, accents folded, everything else one hyphen; nil when
    /// nothing is left.
    static func slug(_ text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        let words = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return words.isEmpty ? nil : words.joined(separator: "-")
    }
}
