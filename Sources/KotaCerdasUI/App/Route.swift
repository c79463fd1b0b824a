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

    /// The dimension this route is about, if any.
    public var dimensionID: String? {
        switch self {
        case .home, .help, .sources: nil
        case .dimension(let id): id
        case .indicator(let dimensionID, _), .program(let dimensionID, _): dimensionID
        }
    }
}
