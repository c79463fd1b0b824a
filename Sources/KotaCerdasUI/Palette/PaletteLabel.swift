import KotaCerdasCore

/// One result's name as the palette shows it, with the characters the query matched.
///
/// The name is shown in the user's language. When the query matched the id or the
/// name in the other language better, that text follows the name, so the user sees why
/// the result is there.
struct PaletteLabel {
    /// The name in the user's language and the indices of its matched characters.
    let name: String
    let nameMatches: Set<Int>
    /// The id or other name the query matched best, with its matched characters; nil
    /// when the shown name matched best.
    let other: (text: String, matches: Set<Int>)?

    init(name: LocalizedText, id: String, query: FuzzyQuery, language: Language) {
        let shown = name.text(in: language)
        self.name = shown
        let candidates = [shown] + Set(name.byLanguage.values).subtracting([shown]).sorted() + [id]
        var best: (text: String, folded: FoldedText, rank: UInt64)?
        for text in candidates {
            let folded = FoldedText(text)
            let bytes = Array(folded.bytes.prefix(PaletteIndex.longestText))
            guard let match = bytes.withUnsafeBufferPointer({ query.match($0) }) else { continue }
            // The index ranks the same way, so the text shown is the one that ranked it.
            let rank = PaletteIndex.rank(match, length: bytes.count, kind: .dimension, order: 0)
            if best == nil || rank < best!.rank { best = (text, folded, rank) }
        }
        guard let best else {
            nameMatches = []
            other = nil
            return
        }
        let offsets = query.matchedOffsets(in: Array(best.folded.bytes.prefix(PaletteIndex.longestText)))
        let matches = Set(offsets.map(best.folded.character(ofByte:)))
        if best.text == shown {
            nameMatches = matches
            other = nil
        } else {
            nameMatches = []
            other = (best.text, matches)
        }
    }

    /// `text` as spans: matched characters in `matched`, the rest in `role`.
    static func spans(_ text: String, matches: Set<Int>, role: StyleRole, matched: StyleRole) -> Spans {
        var spans = Spans()
        var run = ""
        var isRunMatched = false
        for (index, character) in text.enumerated() {
            let isMatched = matches.contains(index)
            if isMatched != isRunMatched, !run.isEmpty {
                spans.add(run, role: isRunMatched ? matched : role, bold: isRunMatched)
                run = ""
            }
            isRunMatched = isMatched
            run.append(character)
        }
        if !run.isEmpty { spans.add(run, role: isRunMatched ? matched : role, bold: isRunMatched) }
        return spans
    }
}
