import KotaCerdasCore

/// One dimension: its indicator and programme tables, each row a hit target.
struct DimensionRoute: RouteEntry {
    let id: String

    /// The group of `kind`'s hit targets: one over the table's rows with an empty id (for
    /// the wheel), then one per row with the entity's id.
    static func targets(_ kind: TableKind) -> String { kind == .indicators ? "indicators" : "programs" }

    func breadcrumbs(_ context: ViewContext) -> [String] {
        context.document.dimension(id: id).map { [context.name($0.name)] } ?? []
    }

    func hints(_ context: ViewContext) -> [KeyText?] {
        let view = context.state.dimensionView(id)
        return view[view.focusedTable].isEditingFilter
            ? KeyTable.filterEditing.map(\.hint)
            : [KeyBinding.move, .open, .switchTable, .filter, .sort, .back, .help].map(\.hint)
    }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        guard let dimension = context.document.dimension(id: id) else { return }
        DimensionScreen(context: context, dimension: dimension).draw(on: &canvas)
    }

    func apply(_ action: KeyAction, to state: inout AppState) {
        switch action {
        case .open:
            guard let dimension = state.document.dimension(id: id) else { return }
            let view = state.dimensionView(id)
            let ids = TableRows.ids(view.focusedTable, of: dimension, view: view, language: state.language)
            guard !ids.isEmpty else { return }
            let selected = view[view.focusedTable].selectedID.flatMap(ids.firstIndex(of:)) ?? 0
            state.route = view.focusedTable == .indicators
                ? .indicator(dimensionID: id, id: ids[selected])
                : .program(dimensionID: id, id: ids[selected])
            state.detailSelectionID = nil
        case .back:
            state.homeFocusID = id
            state.route = .home
            state.detailSelectionID = nil
        default:
            state.applyToTables(action, dimensionID: id)
        }
    }

    /// A click selects the row under the pointer and focuses its table; the wheel moves
    /// the selection of the table under the pointer (else the focused one), and the table
    /// scrolls with it, so the selection never leaves the screen.
    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {
        guard let dimension = state.document.dimension(id: id) else { return }
        var view = state.dimensionView(id)
        let table = [TableKind.indicators, .programs].first { Self.targets($0) == target?.group }
        switch kind {
        case .press, .doubleClick:
            guard let table, let target,
                  let row = TableRows.ids(table, of: dimension, view: view, language: state.language).firstIndex(of: target.id)
            else { return }
            view.focusedTable = table
            state.select(row: row, in: table, of: dimension, view: &view)
            state.dimensionViews[id] = view
            if kind == .doubleClick { apply(.open, to: &state) }
        case .wheelUp, .wheelDown:
            let table = table ?? view.focusedTable
            let ids = TableRows.ids(table, of: dimension, view: view, language: state.language)
            guard !ids.isEmpty else { return }
            let selected = view[table].selectedID.flatMap(ids.firstIndex(of:)) ?? 0
            let step = kind == .wheelUp ? -AppState.wheelStep : AppState.wheelStep
            view.focusedTable = table
            state.select(row: max(0, min(ids.count - 1, selected + step)), in: table, of: dimension, view: &view)
            state.dimensionViews[id] = view
        }
    }
}
