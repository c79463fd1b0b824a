import KotaCerdasCore

extension AppState {
    /// Rows the wheel moves per notch.
    static let wheelStep = 3

    /// A click focuses, a double-click opens, the wheel scrolls; positions are resolved
    /// with the same layouts the screens are drawn with.
    mutating func handle(mouse: MouseEvent) {
        guard size.isUsable else { return }
        let point = Point(x: mouse.column, y: mouse.row)
        switch route {
        case .home: handleHome(mouse.kind, at: point)
        case .dimension(let id): handleTables(mouse.kind, at: point, dimensionID: id)
        case .indicator, .program: handleLinks(mouse.kind, at: point)
        case .help, .sources: break
        }
    }

    /// On a detail screen: a click selects a linked entity, a double-click opens it, the
    /// wheel moves the selection. Positions come from the frame as drawn.
    private mutating func handleLinks(_ kind: MouseEvent.Kind, at point: Point) {
        switch kind {
        case .press, .doubleClick:
            guard let target = Screen.render(self).targets.first(where: { $0.rect.contains(point) }) else { return }
            detailSelectionID = target.id
            if kind == .doubleClick { openFocused() }
        case .wheelUp:
            moveDetailSelection(.moveUp)
        case .wheelDown:
            moveDetailSelection(.moveDown)
        }
    }

    private mutating func handleHome(_ kind: MouseEvent.Kind, at point: Point) {
        let layout = HomeLayout(state: self)
        switch kind {
        case .press, .doubleClick:
            guard let index = layout.panelIndex(at: point) else { return }
            homeFocusID = document.dimensions[index].id
            if kind == .doubleClick { openFocused() }
        case .wheelUp, .wheelDown:
            let step = kind == .wheelUp ? -1 : 1
            let target = homeFocusIndex + step * layout.columns
            guard document.dimensions.indices.contains(target) else { return }
            homeFocusID = document.dimensions[target].id
            homeScroll = HomeLayout(state: self).scroll
        }
    }

    private mutating func handleTables(_ kind: MouseEvent.Kind, at point: Point, dimensionID: String) {
        guard let dimension = document.dimension(id: dimensionID) else { return }
        let layout = DimensionLayout(state: self, dimension: dimension)
        var view = dimensionView(dimensionID)
        switch kind {
        case .press, .doubleClick:
            guard let hit = layout.row(at: point) else { return }
            view.focusedTable = hit.table
            select(row: hit.index, in: hit.table, of: dimension, view: &view)
            dimensionViews[dimensionID] = view
            if kind == .doubleClick { openFocused() }
        case .wheelUp, .wheelDown:
            // The wheel moves the selection of the table under the pointer, and the
            // table scrolls with it, so the selection never leaves the screen.
            let table = [TableKind.indicators, .programs].first { layout.table($0).rows.contains(point) }
                ?? view.focusedTable
            guard let selected = layout.table(table).selected else { return }
            let step = kind == .wheelUp ? -Self.wheelStep : Self.wheelStep
            let target = max(0, min(layout.table(table).rowCount - 1, selected + step))
            view.focusedTable = table
            select(row: target, in: table, of: dimension, view: &view)
            dimensionViews[dimensionID] = view
        }
    }
}
