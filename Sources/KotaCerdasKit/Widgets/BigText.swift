/// A headline number in `BigFont`, three or five rows high, drawn from the canvas's top
/// left corner. Block characters in Unicode; in ASCII `#` for a lit cell, and at three
/// rows `"` and `_` for a lit upper or lower half.
///
/// Characters without a glyph draw nothing: callers check `BigFont.width(of:height:)`
/// first and fall back to plain text.
public struct BigText: Widget, Sendable {
    public var text: String
    /// 5 or 3; anything else draws nothing.
    public var height: Int
    public var role: StyleRole

    public init(_ text: String, height: Int, role: StyleRole = .normal) {
        self.text = text
        self.height = height
        self.role = role
    }

    public func draw(on canvas: inout Canvas) {
        guard BigFont.width(of: text, height: height) != nil else { return }
        let pixels = BigFont.pixels(of: text)
        let unicode = canvas.glyphs.isUnicode
        let spread = BigFont.columnsPerPixel(height: height)
        for row in 0..<height {
            for (column, _) in pixels[0].enumerated() {
                let glyph: String?
                if height == 5 {
                    glyph = pixels[row][column] ? (unicode ? "█" : "#") : nil
                } else {
                    let upper = pixels[row * 2][column]
                    let lower = row * 2 + 1 < BigFont.pixelHeight && pixels[row * 2 + 1][column]
                    glyph = Self.halves(upper: upper, lower: lower, unicode: unicode)
                }
                guard let glyph else { continue }
                for copy in 0..<spread {
                    canvas.set(glyph, at: Point(x: column * spread + copy, y: row), role: role, bold: true)
                }
            }
        }
    }

    private static func halves(upper: Bool, lower: Bool, unicode: Bool) -> String? {
        switch (upper, lower) {
        case (true, true): unicode ? "█" : "#"
        case (true, false): unicode ? "▀" : "\""
        case (false, true): unicode ? "▄" : "_"
        case (false, false): nil
        }
    }
}
