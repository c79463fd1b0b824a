extension AppState {
    /// Rows the wheel moves per notch.
    static let wheelStep = 3

    /// A click focuses, a double-click opens, the wheel scrolls. What is under the
    /// pointer is read from the hit targets of `frame`, the frame on screen, so what is
    /// clicked is what is shown; the route's entry decides what the click does.
    mutating func handle(mouse: MouseEvent, on frame: CellBuffer) {
        guard size.isUsable else { return }
        let target = frame.target(at: Point(x: mouse.column, y: mouse.row))
        route.entry.point(mouse.kind, at: target, in: &self)
    }
}
