/// A full-width bar with text at the left (e.g. key hints) and at the right (e.g. the
/// data's age). The right text is shorter and more urgent, so it wins when space is short.
public struct StatusBar: Widget, Sendable {
    public var left: String
    public var right: String
    public var role: StyleRole

    /// A bar with `left` and `right` texts.
    public init(left: String, right: String = "", role: StyleRole = .statusBar) {
        self.left = left
        self.right = right
        self.role = role
    }

    /// Draws the bar on the canvas's first row, one space of padding at each end.
    public func draw(on canvas: inout Canvas) {
        let width = canvas.width
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), role: role)
        let rightText = canvas.glyphs.sanitizer.sanitize(right)
        var leftLimit = width - 2
        if !rightText.isEmpty, rightText.displayWidth + 2 <= width {
            canvas.put(rightText, at: Point(x: width - 1 - rightText.displayWidth, y: 0), role: role)
            leftLimit -= rightText.displayWidth + 1
        }
        if leftLimit > 0 {
            canvas.put(left, at: Point(x: 1, y: 0), maxWidth: leftLimit, role: role)
        }
    }
}
