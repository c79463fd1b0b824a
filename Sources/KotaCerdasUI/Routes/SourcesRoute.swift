/// The health of every data source, opened with `i` from anywhere.
struct SourcesRoute: RouteEntry {
    var layer: RouteLayer { .page }

    func breadcrumbs(_ context: ViewContext) -> [String] { [context.text(.dataSources)] }

    func hints(_ context: ViewContext) -> [KeyText?] { [KeyBinding.back, .quit].map(\.hint) }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        SourcesScreen(context: context).draw(on: &canvas)
    }
}
