import KotaCerdasCore

/// The path from the city to the current screen, e.g. `Sumenep › Smart Governance ›
/// Indeks SPBE`.
enum BreadcrumbTrail {
    static func segments(for route: Route, context: ViewContext) -> [String] {
        let document = context.document
        var segments = [document.city.name]
        guard let dimensionID = route.dimensionID, let dimension = document.dimension(id: dimensionID) else {
            switch route {
            case .help: return segments + [context.text(.help)]
            case .sources: return segments + [context.text(.dataSources)]
            default: return segments
            }
        }
        segments.append(context.name(dimension.name))
        switch route {
        case .indicator(_, let id):
            if let indicator = dimension.indicator(id: id) { segments.append(context.name(indicator.name)) }
        case .program(_, let id):
            if let program = dimension.program(id: id) { segments.append(context.name(program.name)) }
        case .home, .dimension, .help, .sources:
            break
        }
        return segments
    }
}
