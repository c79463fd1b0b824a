import KotaCerdasCore

/// An indicator or a programme: its details, and the linked programmes or indicators as
/// hit targets that Enter or a double-click opens.
struct DetailRoute: RouteEntry {
    /// Which table of the dimension the entity comes from.
    let kind: TableKind
    let dimensionID: String
    let id: String

    func breadcrumbs(_ context: ViewContext) -> [String] {
        guard let dimension = context.document.dimension(id: dimensionID) else { return [] }
        let name = kind == .indicators ? dimension.indicator(id: id)?.name : dimension.program(id: id)?.name
        return [context.name(dimension.name)] + (name.map { [context.name($0)] } ?? [])
    }

    func hints(_ context: ViewContext) -> [KeyText?] {
        [KeyBinding.move, .open, .back, .help, .quit].map(\.hint)
    }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        guard let dimension = context.document.dimension(id: dimensionID) else { return }
        switch kind {
        case .indicators:
            guard let indicator = dimension.indicator(id: id) else { return }
            IndicatorScreen(context: context, dimension: dimension, indicator: indicator).draw(on: &canvas)
        case .programs:
            guard let program = dimension.program(id: id) else { return }
            ProgramScreen(context: context, dimension: dimension, program: program).draw(on: &canvas)
        }
    }

    func apply(_ action: KeyAction, to state: inout AppState) {
        switch action {
        case .open:
            let links = DetailLinks.routes(of: state.route, in: state.document)
            guard let target = links.first(where: { $0.entityID == state.detailSelectionID }) ?? links.first else { return }
            state.route = target
            state.detailSelectionID = nil
        case .back:
            // The row left behind stays selected, so the user sees where they came from.
            var view = state.dimensionView(dimensionID)
            view.focusedTable = kind
            view[kind].selectedID = id
            state.dimensionViews[dimensionID] = view
            state.route = .dimension(dimensionID)
            state.detailSelectionID = nil
        default:
            state.moveDetailSelection(action)
        }
    }

    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {
        switch kind {
        case .press, .doubleClick:
            guard let target else { return }
            state.detailSelectionID = target.id
            if kind == .doubleClick { apply(.open, to: &state) }
        case .wheelUp:
            state.moveDetailSelection(.moveUp)
        case .wheelDown:
            state.moveDetailSelection(.moveDown)
        }
    }
}
