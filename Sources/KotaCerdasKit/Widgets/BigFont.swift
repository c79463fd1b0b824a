/// A pixel font for headline numbers read from across a room: digits, the decimal and
/// thousands marks of both languages (`.` and `,`), `%`, `-`, `+` and a space, each a
/// bitmap five pixels high. `BigText` draws it five rows high (a block per pixel, two
/// columns wide so a digit is about as wide as it looks tall) or three rows high (two
/// pixels per row with half blocks).
public enum BigFont {
    /// The pixel rows of every character, `#` lit; all rows of a character are equally wide.
    static let bitmaps: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"],
        "-": ["...", "...", "###", "...", "..."],
        "+": ["...", ".#.", "###", ".#.", "..."],
        ".": [".", ".", ".", ".", "#"],
        ",": [".", ".", ".", "#", "#"],
        " ": [".", ".", ".", ".", "."],
    ]

    /// Pixel rows of every glyph.
    static let pixelHeight = 5

    /// The heights `BigText` draws, tallest first.
    public static let heights = [5, 3]

    /// Whether every character of `text` has a glyph.
    public static func canDraw(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { bitmaps[$0] != nil }
    }

    /// The columns `text` takes at `height` rows (one blank pixel column between
    /// characters); nil when a character has no glyph or the height is not one of `heights`.
    public static func width(of text: String, height: Int) -> Int? {
        guard canDraw(text), heights.contains(height) else { return nil }
        let pixels = text.reduce(0) { $0 + (bitmaps[$1]?[0].count ?? 0) } + text.count - 1
        return pixels * columnsPerPixel(height: height)
    }

    /// Five rows give each pixel a cell, drawn two columns wide: terminal cells are about
    /// twice as tall as they are wide. Three rows give a pixel half a cell's height.
    static func columnsPerPixel(height: Int) -> Int { height == 5 ? 2 : 1 }

    /// The text's pixels as rows of booleans, characters one blank column apart.
    static func pixels(of text: String) -> [[Bool]] {
        var rows = Array(repeating: [Bool](), count: pixelHeight)
        for (index, character) in text.enumerated() {
            guard let bitmap = bitmaps[character] else { continue }
            for row in 0..<pixelHeight {
                if index > 0 { rows[row].append(false) }
                rows[row] += bitmap[row].map { $0 == "#" }
            }
        }
        return rows
    }
}
