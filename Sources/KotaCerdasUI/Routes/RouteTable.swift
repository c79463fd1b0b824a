/// Where the user is: the screen shown and the entity it is about.
public enum Route: Hashable, Sendable {
    /// The overview of every dimension.
    case home
    /// One dimension with its indicator and programme tables.
    case dimension(String)
    /// One indicator of a dimension.
    case indicator(dimensionID: String, id: String)
    /// One programme of a dimension.
    case program(dimensionID: String, id: String)
    /// The key reference.
    case help
    /// The health of every data source.
    case sources
    /// The jump palette: find any dimension, indicator or programme by typing.
    case palette
    /// Every city side by side, ranked; home when the sources describe several cities.
    case cities
    /// Every alert kept, newest first.
    case alerts

    /// The route table: what each route is, described once.
    var entry: any RouteEntry {
        switch self {
        case .home: HomeRoute()
        case .dimension(let id): DimensionRoute(id: id)
        case .indicator(let dimensionID, let id): DetailRoute(kind: .indicators, dimensionID: dimensionID, id: id)
        case .program(let dimensionID, let id): DetailRoute(kind: .programs, dimensionID: dimensionID, id: id)
        case .help: HelpRoute()
        case .sources: SourcesRoute()
        case .palette: PaletteRoute()
        case .cities: CitiesRoute()
        case .alerts: AlertsRoute()
        }
    }

    /// The routes `snapshot --view` and the kiosk playlist name by a word alone.
    static let named: [(String, Route)] = [
        ("home", .home), ("help", .help), ("sources", .sources), ("cities", .cities), ("alerts", .alerts),
    ]

    /// The dimension this route is about, if any.
    public var dimensionID: String? {
        switch self {
        case .dimension(let id): id
        case .indicator(let dimensionID, _), .program(let dimensionID, _): dimensionID
        default: nil
        }
    }

    /// The id of the indicator or programme this route shows.
    var entityID: String? {
        switch self {
        case .indicator(_, let id), .program(_, let id): id
        default: nil
        }
    }

    /// Whether it is opened over the back stack rather than navigated to.
    var isStacked: Bool { entry.layer != .screen }
}
