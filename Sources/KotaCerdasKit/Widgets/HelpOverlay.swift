/// A box centred over the screen listing keys and what they do, in two columns when
/// the screen is wide enough.
public struct HelpOverlay: Widget, Sendable {
    public var title: String
    public var entries: [HelpEntry]
    /// Fewer rows saying the same, listed instead when `entries` would not fit the height
    /// (an 80×24 terminal), so nothing is cut off the bottom.
    public var shorterEntries: [HelpEntry]?

    /// An overlay titled `title` listing `entries` in order, or `shorterEntries` where
    /// `entries` do not fit.
    public init(title: String, entries: [HelpEntry], shorterEntries: [HelpEntry]? = nil) {
        self.title = title
        self.entries = entries
        self.shorterEntries = shorterEntries
    }

    /// Where the entries go: the widths of the key and description columns, and whether
    /// they stand in two columns of `rowCount` rows.
    private struct Layout {
        let keyWidth: Int
        let descriptionWidth: Int
        let isTwoColumns: Bool
        let rowCount: Int
        var entryWidth: Int { keyWidth + 2 + descriptionWidth }

        static let columnGap = 3
        /// Border and one space of padding on each side.
        static let frame = 4

        init(_ entries: [HelpEntry], width: Int, sanitizer: TextSanitizer) {
            keyWidth = entries.map { sanitizer.sanitize($0.key).displayWidth }.max() ?? 0
            descriptionWidth = entries.map { sanitizer.sanitize($0.description).displayWidth }.max() ?? 0
            // A margin keeps the screen visible around the box.
            isTwoColumns = entries.count > 1 && 2 * (keyWidth + 2 + descriptionWidth) + Self.columnGap + Self.frame + 2 <= width
            rowCount = isTwoColumns ? (entries.count + 1) / 2 : entries.count
        }
    }

    /// Draws the box centred on the canvas, over whatever is already there.
    public func draw(on canvas: inout Canvas) {
        let sanitizer = canvas.glyphs.sanitizer
        var entries = entries
        var layout = Layout(entries, width: canvas.width, sanitizer: sanitizer)
        if let shorterEntries, layout.rowCount + 2 > canvas.height {
            entries = shorterEntries
            layout = Layout(entries, width: canvas.width, sanitizer: sanitizer)
        }
        let contentWidth = layout.isTwoColumns ? 2 * layout.entryWidth + Layout.columnGap : layout.entryWidth
        let boxWidth = Self.fitted(
            max(contentWidth, sanitizer.sanitize(title).displayWidth + 2) + Layout.frame, within: canvas.width)
        let boxHeight = min(canvas.height, layout.rowCount + 2)
        let box = Rect(
            x: (canvas.width - boxWidth) / 2, y: (canvas.height - boxHeight) / 2,
            width: boxWidth, height: boxHeight)

        canvas.region(box) { boxCanvas in
            let inner = Panel(title: title, isFocused: true).draw(on: &boxCanvas)
            let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
            boxCanvas.region(content) { list in
                for (index, entry) in entries.enumerated() {
                    let column = index / max(1, layout.rowCount)
                    let x = column * (layout.entryWidth + Layout.columnGap)
                    let y = index % max(1, layout.rowCount)
                    list.put(entry.key, at: Point(x: x, y: y), maxWidth: layout.keyWidth, role: .accent, bold: true)
                    list.put(entry.description, at: Point(x: x + layout.keyWidth + 2, y: y), maxWidth: layout.descriptionWidth)
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
