import KotaCerdasCore

extension AppState {
    mutating func jump(toDimension number: Int) {
        // On the cities view, the number is a dimension of the selected city.
        if screen == .cities {
            let rows = CityRows(self)
            guard !rows.ids.isEmpty else { return }
            let id = rows.ids[rows.selectedRow(citiesTable)]
            guard number >= 1, number <= (cities.first { $0.city.id == id }?.dimensions.count ?? 0) else { return }
            openCity(id)
        }
        guard number >= 1, number <= document.dimensions.count else { return }
        let id = document.dimensions[number - 1].id
        homeFocusID = id
        route = .dimension(id)
        detailSelectionID = nil
    }

    /// Arrows and paging on the home grid.
    mutating func moveHomeFocus(_ action: KeyAction) {
        let count = document.dimensions.count
        guard count > 0 else { return }
        let layout = HomeLayout(state: self)
        let focus = homeFocusIndex
        let page = layout.visibleRows * layout.columns
        let target: Int
        switch action {
        case .moveLeft: target = focus % layout.columns == 0 ? focus : focus - 1
        case .moveRight: target = focus % layout.columns == layout.columns - 1 ? focus : focus + 1
        case .moveUp: target = focus - layout.columns
        case .moveDown: target = focus + layout.columns
        case .top: target = 0
        case .bottom: target = count - 1
        case .pageUp: target = max(0, focus - page)
        case .pageDown: target = min(count - 1, focus + page)
        default: return
        }
        guard target >= 0, target < count else { return }
        homeFocusID = document.dimensions[target].id
        homeScroll = HomeLayout(state: self).scroll
    }

    /// Up and down (and top, bottom) over a detail screen's linked entities.
    mutating func moveDetailSelection(_ action: KeyAction) {
        let ids = DetailLinks.routes(of: route, in: document).compactMap(\.entityID)
        guard !ids.isEmpty else { return }
        let current = detailSelectionID.flatMap(ids.firstIndex(of:)) ?? 0
        let target: Int
        switch action {
        case .moveUp: target = max(0, current - 1)
        case .moveDown: target = min(ids.count - 1, current + 1)
        case .top, .pageUp: target = 0
        case .bottom, .pageDown: target = ids.count - 1
        default: return
        }
        detailSelectionID = ids[target]
    }
}
