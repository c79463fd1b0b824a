/// What differs between the two FIWARE APIs a broker may speak: how the total is asked
/// for and reported, and which headers carry the tenant. Everything else — paging with
/// `limit` and `offset`, the entity shapes — the adapter reads the same way for both.
public enum NGSIDialect: Sendable {
    /// NGSI v2 (Orion): `options=count`, `Fiware-Total-Count`, `Fiware-Service(Path)`.
    case v2
    /// NGSI-LD (Orion-LD, Scorpio, Stellio): `count=true`, `NGSILD-Results-Count`, `NGSILD-Tenant`.
    case ld

    /// The name shown on the sources screen and by `validate`.
    public var displayName: String {
        switch self {
        case .v2: AdapterKind.ngsiV2.displayName
        case .ld: AdapterKind.ngsiLD.displayName
        }
    }

    /// The answer header holding the number of matching entities, lowercased as
    /// `FetchedPage.headers` keys are.
    var totalHeader: String {
        switch self {
        case .v2: "fiware-total-count"
        case .ld: "ngsild-results-count"
        }
    }
}
