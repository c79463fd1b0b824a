/// What the user typed into the jump palette, folded, and how well it matches one name
/// or id. Pure: the palette's ranking is decided here and nowhere else.
///
/// A query matches a text in one of four tiers, best first:
/// 1. **prefix**: the text starts with the query (`kemis` in "Kemiskinan ekstrem");
/// 2. **word start**: the query starts a later word (`miskin` in "Angka miskin");
/// 3. **contiguous**: the query occurs inside a word (`iskin` in "Kemiskinan");
/// 4. **scattered**: its letters occur in order with gaps (`akmskn` in "Angka kemiskinan"),
///    better the fewer separate runs they form.
///
/// Case and diacritics are ignored on both sides (`FoldedText`). A space in the query
/// matches any separator in the text (a space, `-`, `_`, `/`, …), so `poverty rate` finds
/// the id `eco-poverty-rate`; in a scattered match spaces are skipped.
struct FuzzyQuery: Sendable {
    enum Tier: UInt8, Comparable, Sendable {
        case prefix, wordStart, contiguous, scattered
        static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How one text matched.
    struct Match: Equatable, Sendable {
        let tier: Tier
        /// Separate runs of matched characters: 1 unless scattered.
        let runs: Int
    }

    /// Folded, spaces collapsed to one and trimmed.
    let phrase: [UInt8]
    /// `phrase` without its spaces, for scattered matches.
    let letters: [UInt8]
    /// Which letters and digits the query holds (see `Self.mask(of:)`).
    let mask: UInt64

    init(_ text: String) {
        var phrase: [UInt8] = []
        for byte in FoldedText(text).bytes {
            if Self.isSpace(byte) {
                if let last = phrase.last, last != Self.space { phrase.append(Self.space) }
            } else {
                phrase.append(byte)
            }
        }
        if phrase.last == Self.space { phrase.removeLast() }
        self.phrase = phrase
        letters = phrase.filter { $0 != Self.space }
        mask = Self.mask(of: letters[...])
    }

    var isEmpty: Bool { phrase.isEmpty }

    /// How `text` (folded) matches, or nil when it does not.
    func match(_ text: UnsafeBufferPointer<UInt8>) -> Match? {
        guard !letters.isEmpty, letters.count <= text.count else { return nil }
        if let start = contiguousStart(in: text) {
            let tier: Tier = start == 0 ? .prefix : Self.isWordStart(start, in: text) ? .wordStart : .contiguous
            return Match(tier: tier, runs: 1)
        }
        guard let positions = scatteredPositions(in: text) else { return nil }
        return Match(tier: .scattered, runs: Self.runs(positions))
    }

    /// The offsets into `text` (folded) of the bytes the match covers, for highlighting;
    /// empty when it does not match.
    func matchedOffsets(in text: [UInt8]) -> [Int] {
        text.withUnsafeBufferPointer { text in
            guard !letters.isEmpty, letters.count <= text.count else { return [] }
            if let start = contiguousStart(in: text) {
                return phrase.indices.filter { phrase[$0] != Self.space }.map { start + $0 }
            }
            return scatteredPositions(in: text) ?? []
        }
    }

    /// Letters picked from the middles of many words match nearly any long name by
    /// chance: a scattered match may start at most one run in four letters mid-word (at
    /// least one); runs that start words, as initials do, are free.
    private func isPlausible(_ positions: [Int], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.midWordRuns(positions, in: text) <= max(1, letters.count / 4)
    }

    private static func midWordRuns(_ positions: [Int], in text: UnsafeBufferPointer<UInt8>) -> Int {
        positions.indices.count { index in
            (index == 0 || positions[index - 1] != positions[index] - 1) && !isWordStart(positions[index], in: text)
        }
    }

    /// Which of the letters a–z and digits occur in `bytes`, one bit each: a text whose
    /// mask lacks a bit of the query's cannot match, found without scanning it.
    static func mask(of bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { mask, byte in
            switch byte {
            case 0x61...0x7A: mask | 1 << UInt64(byte - 0x61)
            case 0x30...0x39: mask | 1 << UInt64(byte - 0x30 + 26)
            default: mask
            }
        }
    }

    /// Where the phrase first occurs at a word start, else where it first occurs at all.
    private func contiguousStart(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard phrase.count <= text.count else { return nil }
        var first: Int?
        for start in 0...(text.count - phrase.count) where occurs(at: start, in: text) {
            if Self.isWordStart(start, in: text) { return start }
            if first == nil { first = start }
        }
        return first
    }

    private func occurs(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<phrase.count {
            let wanted = phrase[offset], found = text[start + offset]
            if wanted == Self.space ? Self.isWordCharacter(found) : wanted != found { return false }
        }
        return true
    }

    /// The letters in order, placed the better of two ways (fewer runs starting
    /// mid-word, then fewer runs), or nil when they do not occur in order or only
    /// implausibly (`isPlausible`).
    private func scatteredPositions(in text: UnsafeBufferPointer<UInt8>) -> [Int]? {
        guard let tight = tightPositions(in: text) else { return nil }
        let candidates = [wordStartPositions(in: text), tight].compactMap { $0 }
        let best = candidates.min { lhs, rhs in
            (Self.midWordRuns(lhs, in: text), Self.runs(lhs)) < (Self.midWordRuns(rhs, in: text), Self.runs(rhs))
        } ?? tight
        return isPlausible(best, in: text) ? best : nil
    }

    /// Each letter continues the run before it if it can, else goes to the next word
    /// starting with it, else to its next occurrence: `pkm` takes the initials of
    /// "Puskesmas Kecamatan Manding". Nil when that way runs out of text.
    private func wordStartPositions(in text: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var positions: [Int] = []
        positions.reserveCapacity(letters.count)
        var cursor = 0
        for letter in letters {
            var chosen: Int?
            if let last = positions.last, last + 1 < text.count, text[last + 1] == letter {
                chosen = last + 1
            } else {
                var offset = cursor
                while offset < text.count {
                    if text[offset] == letter {
                        if chosen == nil { chosen = offset }
                        if Self.isWordStart(offset, in: text) {
                            chosen = offset
                            break
                        }
                    }
                    offset += 1
                }
            }
            guard let position = chosen else { return nil }
            positions.append(position)
            cursor = position + 1
        }
        return positions
    }

    /// The earliest place the last letter can end, then from there backwards the latest
    /// place each earlier letter can be, so `abc` in "a-x-abc" takes the one run at the
    /// end rather than three.
    private func tightPositions(in text: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var next = 0
        var end = -1
        for (offset, byte) in text.enumerated() where byte == letters[next] {
            next += 1
            if next == letters.count {
                end = offset
                break
            }
        }
        guard end >= 0 else { return nil }
        var positions = [Int](repeating: 0, count: letters.count)
        var wanted = letters.count - 1
        var offset = end
        while wanted >= 0 {
            if text[offset] == letters[wanted] {
                positions[wanted] = offset
                wanted -= 1
            }
            offset -= 1
        }
        return positions
    }

    private static func runs(_ positions: [Int]) -> Int {
        zip(positions, positions.dropFirst()).reduce(1) { $0 + ($1.1 == $1.0 + 1 ? 0 : 1) }
    }

    private static let space = UInt8(ascii: " ")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == space || (0x09...0x0D).contains(byte) }

    /// Letters and digits; bytes of non-ASCII characters count as letters.
    private static func isWordCharacter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
    }

    private static func isWordStart(_ offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        offset == 0 || !isWordCharacter(text[offset - 1])
    }
}
