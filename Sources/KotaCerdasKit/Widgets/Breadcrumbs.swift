/// Where the reader is, as path segments joined by a separator (`Kota › Mobilitas ›
/// Kemacetan`). When too long, the oldest segments give way to `…` so the current
/// place, at the right, always stays visible.
public struct Breadcrumbs: Widget, Sendable {
    public var segments: [String]

    /// A trail from the top level (first) to the current place (last).
    public init(segments: [String]) {
        self.segments = segments
    }

    /// Draws the trail on the canvas's first row; the last segment is the title.
    public func draw(on canvas: inout Canvas) {
        let glyphs = canvas.glyphs
        let parts = segments.map(glyphs.sanitizer.sanitize)
        guard let current = parts.last else { return }
        let separator = " \(glyphs.separator) "
        for dropped in 0..<parts.count {
            let kept = (dropped > 0 ? [glyphs.ellipsis] : []) + parts[dropped...]
            let width = kept.map(\.displayWidth).reduce(0, +) + separator.displayWidth * (kept.count - 1)
            guard width <= canvas.width else { continue }
            var x = 0
            for (index, part) in kept.enumerated() {
                if index > 0 {
                    x += canvas.put(separator, at: Point(x: x, y: 0), role: .muted)
                }
                let isCurrent = index == kept.count - 1
                let role: StyleRole = isCurrent ? .title : (dropped > 0 && index == 0 ? .muted : .normal)
                x += canvas.put(part, at: Point(x: x, y: 0), role: role, bold: isCurrent)
            }
            return
        }
        // Even the current segment alone is too long: keep its end, which tells it apart.
        var tail = ""
        for character in current.reversed() {
            guard tail.displayWidth + character.displayWidth <= canvas.width - 1 else { break }
            tail.insert(character, at: tail.startIndex)
        }
        let x = canvas.put(glyphs.ellipsis, at: Point(x: 0, y: 0), role: .muted)
        canvas.put(tail, at: Point(x: x, y: 0), role: .title, bold: true)
    }
}
