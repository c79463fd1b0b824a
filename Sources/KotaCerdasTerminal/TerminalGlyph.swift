import KotaCerdasKit

/// What to hand curses for one cell so that it occupies exactly the cell's columns.
///
/// curses measures characters with the C library's `wcwidth`, which may disagree with the
/// cell buffer (emoji with variation selectors, unassigned code points). Trusting curses
/// there would shift the rest of the row, so such cells are padded or replaced.
struct TerminalGlyph: Equatable {
    /// One spacing character followed by combining characters, as `setcchar` requires.
    var characters: [Unicode.Scalar]
    /// Whether a blank must follow, because curses draws the glyph narrower than the cell.
    var padded: Bool

    /// What curses can store in one cell: a spacing character and up to four combining ones.
    private static let maximumScalars = 5

    static let replacement = TerminalGlyph(characters: ["?"], padded: false)

    /// Fits `cell` using `width`, the terminal's column count for a scalar (-1 = unprintable).
    static func fitting(_ cell: Cell, width: (Unicode.Scalar) -> Int) -> TerminalGlyph {
        var scalars = cell.text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return TerminalGlyph(characters: [" "], padded: cell.width > 1) }
        var characters = [first]
        while let next = scalars.next(), width(next) == 0, characters.count < maximumScalars {
            characters.append(next)
        }
        switch (width(first), Int(cell.width)) {
        case let (drawn, wanted) where drawn == wanted:
            return TerminalGlyph(characters: characters, padded: false)
        case (1, 2):
            return TerminalGlyph(characters: characters, padded: true)
        case (_, 2):
            return TerminalGlyph(characters: ["?"], padded: true)
        default:
            return replacement
        }
    }
}
