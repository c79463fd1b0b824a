import KotaCerdasCore

extension AppState {
    /// Moves, sorts, filters and switches the tables of a dimension screen.
    mutating func applyToTables(_ action: KeyAction, dimensionID: String) {
        guard let dimension = document.dimension(id: dimensionID) else { return }
        var view = dimensionView(dimensionID)
        let kind = view.focusedTable
        switch action {
        case .nextTable, .previousTable:
            view.focusedTable = kind.other
        case .startFilter:
            view[kind].isEditingFilter = true
        case .cycleSort:
            let next = (view[kind].sortColumn ?? -1) + 1
            view[kind].sortColumn = next < TableRows.columnCount(kind) ? next : nil
        case .moveUp, .moveDown, .top, .bottom, .pageUp, .pageDown:
            let layout = DimensionLayout(state: self, dimension: dimension).table(kind)
            guard let selected = layout.selected else { return }
            let page = max(1, layout.rows.height)
            let last = layout.rowCount - 1
            let target = switch action {
            case .moveUp: max(0, selected - 1)
            case .moveDown: min(last, selected + 1)
            case .top: 0
            case .bottom: last
            case .pageUp: max(0, selected - page)
            default: min(last, selected + page)
            }
            select(row: target, in: kind, of: dimension, view: &view)
        default:
            return
        }
        dimensionViews[dimensionID] = view
    }

    /// Selects row `index` of `kind`'s table and scrolls it into view.
    func select(row index: Int, in kind: TableKind, of dimension: Dimension, view: inout DimensionViewState) {
        let ids = TableRows.ids(kind, of: dimension, view: view, language: language)
        guard ids.indices.contains(index) else { return }
        view[kind].selectedID = ids[index]
        var probe = self
        probe.dimensionViews[dimension.id] = view
        view[kind].scroll = DimensionLayout(state: probe, dimension: dimension).table(kind).scroll
    }
}
