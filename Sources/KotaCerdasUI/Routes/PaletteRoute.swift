/// The jump palette, opened with `:` over whatever is shown: type to find, Enter opens.
struct PaletteRoute: RouteEntry {
    /// The group of the results' hit targets, whose ids are their places in the list.
    static let resultTargets = "palette"

    var layer: RouteLayer { .overlay }

    func hints(_ context: ViewContext) -> [KeyText?] { KeyTable.paletteEditing.map(\.hint) }

    func drawBody(on canvas: inout Canvas, context: ViewContext) {
        PaletteScreen(context: context).draw(on: &canvas)
    }

    func apply(_ action: KeyAction, to state: inout AppState) {
        switch action {
        case .open: state.openPaletteSelection()
        default: state.movePaletteSelection(action)
        }
    }

    /// A click selects a result, a double-click opens it, the wheel moves the selection.
    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {
        switch kind {
        case .press, .doubleClick:
            guard let target, target.group == Self.resultTargets, let index = Int(target.id) else { return }
            state.palette.selected = index
            if kind == .doubleClick { state.openPaletteSelection() }
        case .wheelUp:
            state.movePaletteSelection(.moveUp)
        case .wheelDown:
            state.movePaletteSelection(.moveDown)
        }
    }
}
