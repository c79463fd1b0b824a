import KotaCerdasCore

/// Routes as text, as `snapshot --view` and the kiosk playlist take them: `home`, `help`,
/// `sources`, `<dimension>`,
/// `<dimension>/indicators/<indicator>`, `<dimension>/programs/<programme>`.
public enum RoutePath {
    /// Why a text names no route of the document, with what would have been valid.
    public struct Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String

        /// The message lists ids from the data and is printed to a terminal, so its
        /// controls are written as escapes, as in every problem message.
        init(description: String) {
            self.description = ControlCharacters.escaped(description)
        }
    }

    /// The text `route(_:in:)` reads back (`home`, `economy/indicators/eco-poverty-rate`);
    /// a route `--view` does not name (the palette) by its own word.
    public static func path(of route: Route) -> String {
        if let named = Route.named.first(where: { $0.1 == route }) { return named.0 }
        switch route {
        case .dimension(let id): return id
        case .indicator(let dimensionID, let id): return dimensionID + "/indicators/" + id
        case .program(let dimensionID, let id): return dimensionID + "/programs/" + id
        default: return "\(route)"
        }
    }

    /// The route `path` names in `document`.
    public static func route(_ path: String, in document: CityDocument) throws(Error) -> Route {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            if let named = Route.named.first(where: { $0.0 == parts[0] }) { return named.1 }
            guard document.dimension(id: parts[0]) != nil else { throw unknown(path, document: document) }
            return .dimension(parts[0])
        case 3:
            guard let dimension = document.dimension(id: parts[0]) else { throw unknown(path, document: document) }
            switch parts[1] {
            case "indicators":
                guard dimension.indicator(id: parts[2]) != nil else {
                    throw Error(description: "no indicator \"\(parts[2])\" in dimension \"\(dimension.id)\"; "
                        + "valid: " + dimension.indicators.map(\.id).joined(separator: ", "))
                }
                return .indicator(dimensionID: dimension.id, id: parts[2])
            case "programs":
                guard dimension.program(id: parts[2]) != nil else {
                    throw Error(description: "no programme \"\(parts[2])\" in dimension \"\(dimension.id)\"; "
                        + "valid: " + dimension.programs.map(\.id).joined(separator: ", "))
                }
                return .program(dimensionID: dimension.id, id: parts[2])
            default:
                throw unknown(path, document: document)
            }
        default:
            throw unknown(path, document: document)
        }
    }

    private static func unknown(_ path: String, document: CityDocument) -> Error {
        Error(description: """
            unknown view "\(path)"; valid views: \(Route.named.map(\.0).joined(separator: ", ")), <dimension>, <dimension>/indicators/<id>, \
            <dimension>/programs/<id>, with dimensions: \(document.dimensions.map(\.id).joined(separator: ", "))
            """)
    }
}
