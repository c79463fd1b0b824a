/// A box centred over the screen listing keys and what they do, in two columns when
/// the screen is wide enough.
public struct HelpOverlay: Widget, Sendable {
    public var title: String
    public var entries: [HelpEntry]

    /// An overlay titled `title` listing `entries` in order.
    public init(title: String, entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }

    /// Draws the box centred on the canvas, over whatever is already there.
    public func draw(on canvas: inout Canvas) {
        let sanitizer = canvas.glyphs.sanitizer
        let keyWidth = entries.map { sanitizer.sanitize($0.key).displayWidth }.max() ?? 0
        let descriptionWidth = entries.map { sanitizer.sanitize($0.description).displayWidth }.max() ?? 0
        let entryWidth = keyWidth + 2 + descriptionWidth
        let columnGap = 3
        // Border and one space of padding on each side; a margin keeps the screen visible around it.
        let frame = 4
        let isTwoColumns = entries.count > 1 && 2 * entryWidth + columnGap + frame + 2 <= canvas.width
        let rowCount = isTwoColumns ? (entries.count + 1) / 2 : entries.count
        let contentWidth = isTwoColumns ? 2 * entryWidth + columnGap : entryWidth
        let boxWidth = Self.fitted(max(contentWidth, sanitizer.sanitize(title).displayWidth + 2) + frame, within: canvas.width)
        let boxHeight = min(canvas.height, rowCount + 2)
        let box = Rect(
            x: (canvas.width - boxWidth) / 2, y: (canvas.height - boxHeight) / 2,
            width: boxWidth, height: boxHeight)

        canvas.region(box) { boxCanvas in
            let inner = Panel(title: title, isFocused: true).draw(on: &boxCanvas)
            let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
            boxCanvas.region(content) { list in
                for (index, entry) in entries.enumerated() {
                    let column = index / max(1, rowCount)
                    let x = column * (entryWidth + columnGap)
                    let y = index % max(1, rowCount)
                    list.put(entry.key, at: Point(x: x, y: y), maxWidth: keyWidth, role: .accent, bold: true)
                    list.put(entry.description, at: Point(x: x + keyWidth + 2, y: y), maxWidth: descriptionWidth)
                }
            }
        }
    }

    /// The box's extent: a sliver of the screen left beside it would read as broken
    /// borders, so a box that nearly fills the room takes all of it.
    private static func fitted(_ wanted: Int, within available: Int) -> Int {
        available - wanted < 4 ? available : wanted
    }
}
