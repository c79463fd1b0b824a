/// Every alert kept, opened with `a` from anywhere and named `alerts` for `--view` and
/// the kiosk playlist.
struct AlertsRoute: RouteEntry {
    var layer: RouteLayer { .page }

    func breadcrumbs(_ context: ViewContext) -> [String] { [context.text(.alerts(.title))] }

    func hints(_ context: ViewContext) -> [KeyText?] {
        [KeyBinding.move.hint, KeyBinding.back.hint, KeyBinding.quit.hint]
    }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        AlertsScreen(context: context).draw(on: &canvas)
    }

    /// The rows scroll with the selection; a page is the body less heading and header.
    func apply(_ action: KeyAction, to state: inout AppState) {
        let last = max(0, state.alerts.alerts.count - 1)
        let page = max(1, ScreenFrame(state: state, route: .alerts).body.height - 3)
        switch action {
        case .moveUp: state.alertSelection -= 1
        case .moveDown: state.alertSelection += 1
        case .top: state.alertSelection = 0
        case .bottom: state.alertSelection = last
        case .pageUp: state.alertSelection -= page
        case .pageDown: state.alertSelection += page
        default: return
        }
        state.alertSelection = min(max(0, state.alertSelection), last)
    }
}
