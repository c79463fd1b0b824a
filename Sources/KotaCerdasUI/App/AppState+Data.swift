import KotaCerdasCore

extension AppState {
    /// Takes new data while keeping the user where they were: the route and every
    /// selection follow their entity by id; an entity that vanished gives way to its
    /// neighbour at the same position, and a route whose entity vanished falls back
    /// one level.
    mutating func replaceData(_ newDocument: CityDocument, sources newSources: [SourceStatus]) {
        let old = self
        document = newDocument
        sources = newSources
        isWaitingForData = false
        screen = valid(screen)
        if newDocument.dimension(id: homeFocusID ?? "") == nil {
            let index = min(old.homeFocusIndex, newDocument.dimensions.count - 1)
            homeFocusID = index >= 0 ? newDocument.dimensions[index].id : nil
        }
        for (dimensionID, view) in dimensionViews {
            guard let oldDimension = old.document.dimension(id: dimensionID),
                  let newDimension = newDocument.dimension(id: dimensionID) else {
                dimensionViews[dimensionID] = nil
                continue
            }
            var updated = view
            for kind in [TableKind.indicators, .programs] {
                updated[kind].selectedID = keptSelection(
                    view[kind].selectedID,
                    old: TableRows.ids(kind, of: oldDimension, view: view, language: language),
                    new: TableRows.ids(kind, of: newDimension, view: view, language: language))
            }
            dimensionViews[dimensionID] = updated
        }
        let links = DetailLinks.routes(of: route, in: newDocument).compactMap(\.entityID)
        if let selection = detailSelectionID, !links.contains(selection) { detailSelectionID = nil }
    }

    /// Opens the view asked for before any data arrived, now that there is data to find
    /// it in.
    mutating func openPendingView() -> [AppEffect] {
        guard pendingView != nil || pendingCity != nil else { return [] }
        let (city, view) = (pendingCity, pendingView)
        pendingView = nil
        pendingCity = nil
        do {
            try open(city: city, view: view)
            return []
        } catch {
            return [.unknownView(error.description)]
        }
    }

    /// `route` if everything it names still exists, else the nearest level that does.
    func valid(_ route: Route) -> Route {
        switch route {
        case .dimension(let id):
            return document.dimension(id: id) == nil ? .home : route
        case .indicator(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID) else { return .home }
            return dimension.indicator(id: id) == nil ? .dimension(dimensionID) : route
        case .program(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID) else { return .home }
            return dimension.program(id: id) == nil ? .dimension(dimensionID) : route
        default:
            return route
        }
    }

    private func keptSelection(_ id: String?, old: [String], new: [String]) -> String? {
        guard let id, !new.contains(id) else { return id }
        guard let oldIndex = old.firstIndex(of: id), !new.isEmpty else { return nil }
        return new[min(oldIndex, new.count - 1)]
    }
}
