import KotaCerdasCore

/// The view: draws a whole frame from the state alone. Pure, so every screen can be
/// rendered headless, compared as text and diffed cell by cell by the terminal.
public enum Screen {
    /// The frame for `state` at `state.size`: the back stack from its last opaque route
    /// up, each route drawn as its entry in the route table says. In the kiosk the
    /// picture is one burn-in margin smaller and moved to the shift's offset.
    public static func render(_ state: AppState) -> CellBuffer {
        let margin = BurnInShift.margin
        var inner = state
        inner.size = TerminalSize(width: state.size.width - margin, height: state.size.height - margin)
        guard let offset = state.burnInOffset, inner.size.isUsable else { return frame(state, wall: state.showsWall) }
        return frame(inner, wall: state.showsWall).placed(at: offset, width: state.size.width, height: state.size.height)
    }

    private static func frame(_ state: AppState, wall: Bool) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        var context = ViewContext(state)
        context.showsWall = wall
        buffer.draw(glyphs: context.glyphs) { canvas in
            guard state.size.isUsable else {
                drawTooSmall(on: &canvas, context: context)
                return
            }
            let stack = state.backStack
            let base = stack.lastIndex { $0.entry.layer != .overlay } ?? 0
            let shown = stack[base].entry
            let frame = ScreenFrame(state: state, route: stack[base])
            canvas.region(frame.title) { TitleBar(context: context).draw(on: &$0) }
            canvas.region(frame.breadcrumbs) { row in
                row.region(Rect(x: 1, y: 0, width: row.width - 2, height: 1)) {
                    Breadcrumbs(segments: breadcrumbRoot(state, context: context) + shown.breadcrumbs(context)).draw(on: &$0)
                }
            }
            for route in stack[base...] {
                canvas.region(frame.body) { route.entry.drawBody(on: &$0, context: context) }
            }
            canvas.region(frame.ticker) { AlertTicker(context: context).draw(on: &$0) }
            canvas.region(frame.status) { BottomBar(context: context, hints: state.route.entry.hints(context)).draw(on: &$0) }
        }
        return buffer
    }

    /// The city's name; with several cities, the cities view before it (or alone, for a
    /// page opened over the cities view).
    private static func breadcrumbRoot(_ state: AppState, context: ViewContext) -> [String] {
        guard state.hasSeveralCities else { return [context.document.city.name] }
        let cities = context.text(.citiesCompared(state.cities.count))
        return state.screen == .cities ? [cities] : [cities, context.document.city.name]
    }

    private static func drawTooSmall(on canvas: inout Canvas, context: ViewContext) {
        let minimum = TerminalSize.minimum
        let times = context.glyphs.isUnicode ? "×" : "x"
        let needs = context.text(.tooSmallNeeds("\(minimum.width)\(times)\(minimum.height)",
                                                "\(canvas.width)\(times)\(canvas.height)"))
        TooSmallScreen(message: context.text(.tooSmall) + ". " + needs).draw(on: &canvas)
    }
}
