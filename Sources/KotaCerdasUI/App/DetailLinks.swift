import KotaCerdasCore

/// The entities a detail screen links to, in the order it lists them: an indicator's
/// programmes (those whose `indicatorIDs` name it) and a programme's indicators.
public enum DetailLinks {
    /// The routes the rows of `route`'s link list open, or none for other screens.
    public static func routes(of route: Route, in document: CityDocument) -> [Route] {
        switch route {
        case .indicator(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID) else { return [] }
            return programs(linkedTo: id, in: dimension).map { .program(dimensionID: dimensionID, id: $0.id) }
        case .program(let dimensionID, let id):
            guard let dimension = document.dimension(id: dimensionID), let program = dimension.program(id: id) else {
                return []
            }
            return indicators(of: program, in: dimension).map { .indicator(dimensionID: dimensionID, id: $0.id) }
        default:
            return []
        }
    }

    public static func programs(linkedTo indicatorID: String, in dimension: Dimension) -> [Program] {
        dimension.programs.filter { $0.indicatorIDs.contains(indicatorID) }
    }

    public static func indicators(of program: Program, in dimension: Dimension) -> [Indicator] {
        program.indicatorIDs.compactMap(dimension.indicator(id:))
    }
}
