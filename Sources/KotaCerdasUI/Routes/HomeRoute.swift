/// Home: the panel grid, or the sources it waits for before any data.
struct HomeRoute: RouteEntry {
    /// The group of the panels' hit targets, whose ids are dimension ids.
    static let panelTargets = "panel"

    func hints(_ context: ViewContext) -> [KeyText?] {
        guard !context.state.isWaitingForData else { return [KeyBinding.sources, .help, .quit].map(\.hint) }
        // The focus moves sideways too on the grid.
        return [KeyBinding.move.hint(keys: KeyLabel("←↑↓→", ascii: "arrows"))]
            + [KeyBinding.open, .jump, .help, .quit].map(\.hint)
    }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        if context.state.isWaitingForData {
            WaitingScreen(context: context).draw(on: &canvas)
        } else {
            HomeScreen(context: context).draw(on: &canvas)
        }
    }

    func apply(_ action: KeyAction, to state: inout AppState) {
        switch action {
        case .open:
            guard !state.document.dimensions.isEmpty else { return }
            let id = state.document.dimensions[state.homeFocusIndex].id
            state.homeFocusID = id
            state.route = .dimension(id)
        case .back:
            // With several cities, a city's home sits under the cities view.
            if state.hasSeveralCities { state.route = .cities }
        default:
            state.moveHomeFocus(action)
        }
    }

    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {
        pointAtItems(kind, at: target, group: Self.panelTargets, in: &state) { id, state in state.homeFocusID = id }
    }
}
