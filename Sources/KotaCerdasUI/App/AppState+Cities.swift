import KotaCerdasCore

/// Several cities: the sources may describe more than one city (documents whose
/// `city.id` differ), and then home is the cities view; Enter opens one city, whose
/// screens work exactly as with a single city, and Esc from its home comes back.
extension AppState {
    /// True when the sources describe more than one city.
    public var hasSeveralCities: Bool { cities.count > 1 }

    /// Takes new data for every city, keeping the user in the city they opened. When
    /// that city vanished (or data arrives for the first time), several cities start
    /// at the cities view and one city at its home.
    mutating func replaceCities(_ newCities: [CityDocument], sources newSources: [SourceStatus]) {
        guard let first = newCities.first else { return }
        let isFirstData = isWaitingForData
        let wasSeveral = hasSeveralCities
        let kept = newCities.first { $0.city.id == document.city.id }
        cities = newCities
        // One city whose id changed stays where it was, as it always has.
        if kept == nil, !isFirstData, wasSeveral || hasSeveralCities {
            // Another city's ids mean other things: nothing of the vanished city's views carries over.
            enter(first)
            screen = hasSeveralCities ? .cities : .home
        }
        replaceData(kept ?? first, sources: newSources)
        if isFirstData, hasSeveralCities, screen == .home { screen = .cities }
    }

    /// Opens `city` (by id) and then `view` in it, as `--city` and `--view` ask. Without
    /// a city, several cities' `home` is the cities view and other views are in the first
    /// city.
    public mutating func open(city: String?, view: String?) throws(RoutePath.Error) {
        if let city {
            guard cities.contains(where: { $0.city.id == city }) else {
                throw RoutePath.Error(description: "no city \"\(city)\"; valid: " + cities.map(\.city.id).joined(separator: ", "))
            }
            openCity(city)
        }
        guard let view else { return }
        if view == "home", city == nil, hasSeveralCities {
            route = .cities
            return
        }
        route = try RoutePath.route(view, in: document)
    }

    /// Opens `id`'s home, as Enter on the cities view does.
    mutating func openCity(_ id: String) {
        guard let city = cities.first(where: { $0.city.id == id }) else { return }
        if city.city.id != document.city.id { enter(city) }
        citiesTable.selectedID = id
        route = .home
        detailSelectionID = nil
    }

    /// Shows `city`'s data with fresh views (a dimension id may mean another thing there).
    private mutating func enter(_ city: CityDocument) {
        document = city
        dimensionViews = [:]
        homeFocusID = city.dimensions.first?.id
        homeScroll = 0
    }

    /// Arrows, paging and `s` on the cities view.
    mutating func applyToCities(_ action: KeyAction) {
        let rows = CityRows(self)
        guard !rows.ids.isEmpty else { return }
        let selected = rows.selectedRow(citiesTable)
        let page = max(1, CitiesLayout(state: self).visibleRows)
        let last = rows.ids.count - 1
        let target: Int
        switch action {
        case .cycleSort:
            let next = (citiesTable.sortColumn ?? -1) + 1
            citiesTable.sortColumn = next < rows.columns.count ? next : nil
            return
        case .moveUp: target = max(0, selected - 1)
        case .moveDown: target = min(last, selected + 1)
        case .top: target = 0
        case .bottom: target = last
        case .pageUp: target = max(0, selected - page)
        case .pageDown: target = min(last, selected + page)
        default: return
        }
        citiesTable.selectedID = rows.ids[target]
    }
}
