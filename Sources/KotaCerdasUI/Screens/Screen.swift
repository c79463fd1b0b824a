import KotaCerdasCore

/// The view: draws a whole frame from the state alone. Pure, so every screen can be
/// rendered headless, compared as text and diffed cell by cell by the terminal.
public enum Screen {
    /// The frame for `state` at `state.size`: the back stack from its last opaque route
    /// up, each route drawn as its entry in the route table says.
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        let context = ViewContext(state)
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
                    Breadcrumbs(segments: [context.document.city.name] + shown.breadcrumbs(context)).draw(on: &$0)
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

    private static func drawTooSmall(on canvas: inout Canvas, context: ViewContext) {
        let minimum = TerminalSize.minimum
        let times = context.glyphs.isUnicode ? "×" : "x"
        let needs = context.text(.tooSmallNeeds("\(minimum.width)\(times)\(minimum.height)",
                                                "\(canvas.width)\(times)\(canvas.height)"))
        TooSmallScreen(message: context.text(.tooSmall) + ". " + needs).draw(on: &canvas)
    }
}
