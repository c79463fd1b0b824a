/// A drawing surface clipped to one rectangle of a cell buffer. Coordinates are local
/// (0, 0 is the region's top-left corner) and nothing drawn can land outside the region.
///
/// All text is sanitized on the way in, so data can never inject terminal controls.
public struct Canvas: Sendable {
    /// The buffer being drawn into; read it back once drawing is done.
    public internal(set) var buffer: CellBuffer
    /// The region in buffer coordinates.
    public let bounds: Rect
    /// The glyphs widgets draw with.
    public let glyphs: GlyphSet

    /// A canvas covering `bounds` of `buffer`; prefer `CellBuffer.draw(glyphs:in:_:)`.
    public init(buffer: CellBuffer, bounds: Rect, glyphs: GlyphSet) {
        self.buffer = buffer
        self.bounds = bounds.intersection(Rect(x: 0, y: 0, width: buffer.width, height: buffer.height))
        self.glyphs = glyphs
    }

    public var width: Int { bounds.width }
    public var height: Int { bounds.height }
    /// The whole region in local coordinates.
    public var localBounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Draws into `rect` (local coordinates) through a nested canvas clipped to both
    /// `rect` and this region.
    @discardableResult
    public mutating func region<Result>(_ rect: Rect, _ body: (inout Canvas) -> Result) -> Result {
        let absolute = Rect(x: bounds.x + rect.x, y: bounds.y + rect.y, width: rect.width, height: rect.height)
        let clipped = absolute.intersection(bounds)
        let glyphs = glyphs
        return Self.lending(&buffer, bounds: clipped, glyphs: glyphs, body)
    }

    /// Records that `rect` (local coordinates, clipped to the region) shows entity `id`
    /// of `group`.
    public mutating func markTarget(_ rect: Rect, id: String, group: String = "") {
        let absolute = Rect(x: bounds.x + rect.x, y: bounds.y + rect.y, width: rect.width, height: rect.height)
        let visible = absolute.intersection(bounds)
        guard !visible.isEmpty else { return }
        buffer.targets.append(HitTarget(rect: visible, id: id, group: group))
    }

    /// Lends `buffer` to a canvas over `bounds` while `body` draws. The empty buffer left
    /// behind gives the canvas the only reference, so drawing never copies every cell.
    static func lending<Result>(
        _ buffer: inout CellBuffer, bounds: Rect, glyphs: GlyphSet, _ body: (inout Canvas) -> Result
    ) -> Result {
        var canvas = Canvas(buffer: buffer, bounds: bounds, glyphs: glyphs)
        buffer = CellBuffer(width: 0, height: 0)
        let result = body(&canvas)
        buffer = canvas.buffer
        return result
    }

    /// Puts `text` at `point`, cut with an ellipsis where it would pass `maxWidth`
    /// columns or the region's right edge; returns the columns used.
    ///
    /// A wide character that does not fit before the ellipsis leaves a space instead.
    @discardableResult
    public mutating func put(
        _ text: String,
        at point: Point,
        maxWidth: Int? = nil,
        role: StyleRole = .normal,
        bold: Bool = false
    ) -> Int {
        let safe = glyphs.sanitizer.sanitize(text)
        return putSanitized(safe, at: point, limit: maxWidth ?? Int.max, role: role, bold: bold)
    }

    /// Puts `text` aligned inside `width` columns starting at `point`; returns the
    /// columns used by the text itself.
    @discardableResult
    public mutating func put(
        _ text: String,
        at point: Point,
        width: Int,
        alignment: Alignment,
        role: StyleRole = .normal,
        bold: Bool = false
    ) -> Int {
        let safe = glyphs.sanitizer.sanitize(text)
        let offset = alignment.offset(used: min(safe.displayWidth, width), in: width)
        let shifted = Point(x: point.x + offset, y: point.y)
        return putSanitized(safe, at: shifted, limit: width - offset, role: role, bold: bold)
    }

    /// Fills `rect` (the whole region when nil) with a one-column `glyph`.
    public mutating func fill(_ rect: Rect? = nil, with glyph: String = " ", role: StyleRole = .normal) {
        let area = (rect ?? localBounds).intersection(localBounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                set(glyph, at: Point(x: x, y: y), role: role)
            }
        }
    }

    /// Draws a horizontal line of `length` cells starting at `point`.
    public mutating func horizontalLine(at point: Point, length: Int, glyph: String? = nil, role: StyleRole = .border) {
        for offset in 0..<max(0, length) {
            set(glyph ?? glyphs.horizontal, at: Point(x: point.x + offset, y: point.y), role: role)
        }
    }

    /// Draws a vertical line of `length` cells starting at `point`.
    public mutating func verticalLine(at point: Point, length: Int, glyph: String? = nil, role: StyleRole = .border) {
        for offset in 0..<max(0, length) {
            set(glyph ?? glyphs.vertical, at: Point(x: point.x, y: point.y + offset), role: role)
        }
    }

    /// Sets one cell to a one-column glyph from the glyph set; ignored outside the region.
    public mutating func set(_ glyph: String, at point: Point, role: StyleRole, bold: Bool = false) {
        guard localBounds.contains(point) else { return }
        buffer.writeCluster(glyph, width: 1, x: bounds.x + point.x, y: bounds.y + point.y, role: role, bold: bold)
    }

    private mutating func putSanitized(_ text: String, at point: Point, limit: Int, role: StyleRole, bold: Bool) -> Int {
        guard point.y >= 0, point.y < height else { return 0 }
        let available = min(limit, width - point.x)
        guard available > 0 else { return 0 }
        let fits = text.displayWidth <= available
        let contentLimit = fits ? available : available - 1
        var column = 0
        for character in text {
            let characterWidth = character.displayWidth
            // A mark with no base in this text has nothing to attach to.
            guard characterWidth > 0 else { continue }
            if column + characterWidth > contentLimit { break }
            emit(String(character), width: characterWidth, at: point.x + column, row: point.y, role: role, bold: bold)
            column += characterWidth
        }
        if !fits {
            emit(glyphs.ellipsis, width: 1, at: point.x + column, row: point.y, role: role, bold: bold)
            column += 1
            while column < available {
                emit(" ", width: 1, at: point.x + column, row: point.y, role: role, bold: bold)
                column += 1
            }
        }
        return column
    }

    /// Writes a cluster whose left part may lie left of the region: a wide character
    /// cut by the left edge shows as a space.
    private mutating func emit(_ text: String, width: Int, at x: Int, row y: Int, role: StyleRole, bold: Bool) {
        if x >= 0 {
            buffer.writeCluster(text, width: width, x: bounds.x + x, y: bounds.y + y, role: role, bold: bold)
        } else if x + width > 0 {
            set(" ", at: Point(x: 0, y: y), role: role, bold: bold)
        }
    }
}
