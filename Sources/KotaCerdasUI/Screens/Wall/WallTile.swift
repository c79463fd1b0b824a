import KotaCerdasCore

/// One dimension on the wall: its score and counts (`WallScore`), and below its most
/// important indicators, each with its value in big digits where they fit.
struct WallTile {
    let context: ViewContext
    let dimension: Dimension
    /// The 1-based number that jumps here.
    let number: Int
    let isFocused: Bool
    /// Worked out once per document: both choosing the layout and drawing need it.
    let digest: DimensionDigest
    var summary: DimensionSummary { digest.summary }
    /// Shared by every tile on screen: see `WallScore.Layout`.
    var scoreLayout = WallScore.Layout(digits: nil, beside: false)

    /// Rows an indicator takes with its value in three-row digits: its name, then the digits.
    static let bigIndicatorRows = 1 + 3

    /// The content area inside a tile at `rect`: inside the border, one column of padding.
    static func contentSize(of rect: Rect) -> (width: Int, height: Int) { (rect.width - 4, rect.height - 2) }

    /// Whether the score fits in `layout` in a tile at `rect`.
    func fits(_ layout: WallScore.Layout, in rect: Rect) -> Bool {
        let size = Self.contentSize(of: rect)
        return WallScore(context: context, summary: summary).fits(layout, width: size.width, height: size.height)
    }

    func draw(on canvas: inout Canvas, in rect: Rect) {
        canvas.region(rect) { draw(on: &$0) }
    }

    private func draw(on canvas: inout Canvas) {
        let inner = Panel(title: context.name(dimension.name), badge: number <= 9 ? "\(number)" : nil,
                          badgeRole: isFocused ? .accent : .muted, isFocused: isFocused).draw(on: &canvas)
        guard inner.width > 2, inner.height > 0 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        canvas.region(content) { drawContent(on: &$0) }
    }

    private func drawContent(on canvas: inout Canvas) {
        let scoreRows = WallScore(context: context, summary: summary).draw(scoreLayout, on: &canvas)
        let top = scoreRows + 1
        let room = max(0, canvas.height - top)
        let wanted = min(DimensionPanel.maximumIndicators, dimension.indicators.count)
        // Values as tall as the room allows for every indicator wanted: five rows, three,
        // or plain text under the name.
        let digitHeight = BigFont.heights.first { room >= wanted * (1 + $0) } ?? (room >= Self.bigIndicatorRows ? 3 : nil)
        let rows = 1 + (digitHeight ?? 1)
        var y = top
        for indicator in digest.important.prefix(min(wanted, room / rows)) {
            let block = WallIndicator(context: context, indicator: indicator)
            canvas.region(Rect(x: 0, y: y, width: canvas.width, height: rows)) { block.draw(on: &$0, digitHeight: digitHeight) }
            y += rows
        }
        if dimension.indicators.isEmpty {
            canvas.put(context.text(.noIndicators), at: Point(x: 0, y: top), role: .muted)
        }
    }
}
