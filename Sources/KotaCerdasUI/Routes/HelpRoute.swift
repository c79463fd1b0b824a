/// The key reference, over whatever was shown when `?` was pressed.
struct HelpRoute: RouteEntry {
    var layer: RouteLayer { .overlay }

    func hints(_ context: ViewContext) -> [KeyText?] { [KeyBinding.back, .quit].map(\.hint) }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        HelpScreen(context: context).draw(on: &canvas)
    }
}
