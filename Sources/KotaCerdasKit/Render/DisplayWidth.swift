/// Terminal column widths of grapheme clusters, computed from Unicode scalar properties
/// and an East Asian Wide table so the result never depends on the host's C library.
public enum DisplayWidth {
    /// Columns taken by `character`: 2 for wide or emoji clusters, 0 for clusters that
    /// are only marks or format characters, 1 otherwise.
    ///
    /// A cluster is as wide as its base scalar; an emoji variation selector (VS16) or a
    /// second regional indicator (a flag) makes it an emoji, which is always 2 wide.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        let baseWidth = of(base)
        if baseWidth == 2 { return 2 }
        if scalars.count > 1 {
            if scalars.contains(emojiPresentationSelector) && base.properties.isEmoji { return 2 }
            if isRegionalIndicator(base) { return 2 }
        }
        return baseWidth
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(value) { return 2 }
        return 1
    }

    private static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Marks and invisible format characters attach to the previous column;
    /// Hangul medial and final jamo join the initial jamo's two columns.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = eastAsianWide.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = eastAsianWide[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, sorted; emoji are found through
    /// the `Emoji_Presentation` property instead, which the standard library keeps current.
    private static let eastAsianWide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul initial jamo
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK punctuation
        0x3041...0x33FF,    // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}

extension Character {
    /// Columns this grapheme cluster takes in a terminal.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Columns this text takes in a terminal: the sum of its grapheme clusters' widths.
    public var displayWidth: Int {
        var total = 0
        for character in self { total += DisplayWidth.of(character) }
        return total
    }
}
