import KotaCerdasCore

/// One view of the kiosk rotation: a route, in a given city when there are several.
public struct KioskStop: Equatable, Sendable {
    /// The city the route is shown in; nil for the one city, or the cities view.
    public let cityID: String?
    public let route: Route

    public init(cityID: String?, route: Route) {
        self.cityID = cityID
        self.route = route
    }
}

extension KioskPlaylist {
    /// The stops for `cities`. One city: the playlist's routes in it. Several: the cities
    /// view, then for each city its home (no views configured) or each configured view
    /// it has, so a wall shows the ranking and then every city in turn.
    public func stops(in cities: [CityDocument], current: CityDocument) -> [KioskStop] {
        guard cities.count > 1 else { return routes(in: current).map { KioskStop(cityID: nil, route: $0) } }
        let perCity = cities.flatMap { city in
            (views.isEmpty ? [.home] : routes(in: city).filter { $0 != .cities }).map { KioskStop(cityID: city.city.id, route: $0) }
        }
        return [KioskStop(cityID: nil, route: .cities)] + perCity
    }
}
