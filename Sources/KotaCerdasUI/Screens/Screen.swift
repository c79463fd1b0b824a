import KotaCerdasCore

/// The view: draws a whole frame from the state alone. Pure, so every screen can be
/// rendered headless, compared as text and diffed cell by cell by the terminal.
public enum Screen {
    /// The frame for `state` at `state.size`.
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        let context = ViewContext(state)
        buffer.draw(glyphs: context.glyphs) { canvas in
            guard state.size.isUsable else {
                drawTooSmall(on: &canvas, context: context)
                return
            }
            let shown = state.route == .help ? state.routeBeforeHelp : state.route
            let frame = ScreenFrame(size: state.size, route: shown)
            canvas.region(frame.title) { TitleBar(context: context).draw(on: &$0) }
            canvas.region(frame.breadcrumbs) { row in
                row.region(Rect(x: 1, y: 0, width: row.width - 2, height: 1)) {
                    Breadcrumbs(segments: BreadcrumbTrail.segments(for: shown, context: context)).draw(on: &$0)
                }
            }
            canvas.region(frame.body) { body in drawBody(shown, on: &body, context: context) }
            if state.route == .help {
                canvas.region(frame.body) { HelpScreen(context: context).draw(on: &$0) }
            }
            canvas.region(frame.status) { BottomBar(context: context).draw(on: &$0) }
        }
        return buffer
    }

    private static func drawBody(_ route: Route, on canvas: inout Canvas, context: ViewContext) {
        let document = context.document
        switch route {
        case .home, .help:
            if context.state.isWaitingForData {
                WaitingScreen(context: context).draw(on: &canvas)
            } else {
                HomeScreen(context: context).draw(on: &canvas)
            }
        case .sources:
            SourcesScreen(context: context).draw(on: &canvas)
        case .dimension(let id):
            guard let dimension = document.dimension(id: id) else { return }
            DimensionScreen(context: context, dimension: dimension).draw(on: &canvas)
        case .indicator(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID), let indicator = dimension.indicator(id: id) else { return }
            IndicatorScreen(context: context, dimension: dimension, indicator: indicator).draw(on: &canvas)
        case .program(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID), let program = dimension.program(id: id) else { return }
            ProgramScreen(context: context, dimension: dimension, program: program).draw(on: &canvas)
        }
    }

    private static func drawTooSmall(on canvas: inout Canvas, context: ViewContext) {
        let minimum = TerminalSize.minimum
        let times = context.glyphs.isUnicode ? "×" : "x"
        let needs = context.text(.tooSmallNeeds("\(minimum.width)\(times)\(minimum.height)",
                                                "\(canvas.width)\(times)\(canvas.height)"))
        TooSmallScreen(message: context.text(.tooSmall) + ". " + needs).draw(on: &canvas)
    }
}
