/// A bordered box with a title at the left and a badge at the right of its top border.
/// A focused panel draws its border in the accent role so the eye finds it first.
public struct Panel: Widget, Sendable {
    public var title: String
    public var badge: String?
    public var badgeRole: StyleRole
    public var isFocused: Bool

    /// A panel; the badge is left out when the title leaves no room for it.
    public init(title: String, badge: String? = nil, badgeRole: StyleRole = .muted, isFocused: Bool = false) {
        self.title = title
        self.badge = badge
        self.badgeRole = badgeRole
        self.isFocused = isFocused
    }

    /// Draws the panel over the whole canvas, clearing its inside, and returns the
    /// inner rectangle (local coordinates) left for content.
    @discardableResult
    public func draw(on canvas: inout Canvas) -> Rect {
        let width = canvas.width
        let height = canvas.height
        let inner = Rect(x: 1, y: 1, width: width - 2, height: height - 2)
        guard width >= 2, height >= 2 else { return inner }
        let role: StyleRole = isFocused ? .accent : .border
        let glyphs = canvas.glyphs
        canvas.fill(inner)
        canvas.horizontalLine(at: Point(x: 1, y: 0), length: width - 2, role: role)
        canvas.horizontalLine(at: Point(x: 1, y: height - 1), length: width - 2, role: role)
        canvas.verticalLine(at: Point(x: 0, y: 1), length: height - 2, role: role)
        canvas.verticalLine(at: Point(x: width - 1, y: 1), length: height - 2, role: role)
        canvas.set(glyphs.topLeft, at: Point(x: 0, y: 0), role: role)
        canvas.set(glyphs.topRight, at: Point(x: width - 1, y: 0), role: role)
        canvas.set(glyphs.bottomLeft, at: Point(x: 0, y: height - 1), role: role)
        canvas.set(glyphs.bottomRight, at: Point(x: width - 1, y: height - 1), role: role)

        // One border column stays visible on each side of the title and the badge.
        var titleEnd = 1
        if !title.isEmpty {
            titleEnd = 2 + canvas.put(" \(title) ", at: Point(x: 2, y: 0), maxWidth: width - 4, role: .title, bold: true)
        }
        if let badge, !badge.isEmpty {
            let text = " \(glyphs.sanitizer.sanitize(badge)) "
            let start = width - 2 - text.displayWidth
            if start > titleEnd {
                canvas.put(text, at: Point(x: start, y: 0), role: badgeRole)
            }
        }
        return inner
    }
}
