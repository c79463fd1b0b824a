/// What the whole screen shows when the terminal is smaller than the layout needs:
/// a calm, centred message instead of a broken layout.
public struct TooSmallScreen: Widget, Sendable {
    /// The message, already localized by the caller, e.g.
    /// "Terminal too small: 30×8, need at least 40×12".
    public var message: String

    /// A screen showing `message`.
    public init(message: String) {
        self.message = message
    }

    /// Clears the canvas and draws the message wrapped and centred on it.
    public func draw(on canvas: inout Canvas) {
        canvas.fill()
        let lines = canvas.glyphs.sanitizer.sanitize(message).wrapped(toWidth: canvas.width)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            canvas.put(line, at: Point(x: 0, y: top + index), width: canvas.width, alignment: .center, role: .watch)
        }
    }
}
