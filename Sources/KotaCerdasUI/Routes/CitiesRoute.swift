import KotaCerdasCore

/// The cities view: one row per city, ranked, sortable with `s`; Enter opens the city's
/// home, whose Esc comes back here.
struct CitiesRoute: RouteEntry {
    /// The group of the rows' hit targets, whose ids are city ids.
    static let rowTargets = "city"

    func hints(_ context: ViewContext) -> [KeyText?] {
        [KeyBinding.move, .open, .sort, .help, .quit].map(\.hint)
    }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        CitiesScreen(context: context).draw(on: &canvas)
    }

    func apply(_ action: KeyAction, to state: inout AppState) {
        switch action {
        case .open:
            let rows = CityRows(state)
            guard !rows.ids.isEmpty else { return }
            state.openCity(rows.ids[rows.selectedRow(state.citiesTable)])
        default:
            state.applyToCities(action)
        }
    }

    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {
        pointAtItems(kind, at: target, group: Self.rowTargets, in: &state) { id, state in state.citiesTable.selectedID = id }
    }
}
