/// One kind of screen, described once: where it sits, its breadcrumb, its bottom-bar
/// hints, its body with the hit targets it marks, and what its keys and clicks do.
/// `Route.entry` names the entry of every route; the frame, the update and the mouse
/// all ask it, so a new screen is a new entry rather than a case in every switch.
protocol RouteEntry {
    /// Whether it is a navigation level or opened over the back stack.
    var layer: RouteLayer { get }
    /// The breadcrumb after the city's name.
    func breadcrumbs(_ context: ViewContext) -> [String]
    /// The bottom bar's hints, most useful first; the bar drops them from the end.
    func hints(_ context: ViewContext) -> [KeyText?]
    /// Draws the body, marking the hit targets its `point` answers.
    func drawBody(on canvas: inout Canvas, context: ViewContext)
    /// Moving, Enter and Esc here; keys that work everywhere never reach it.
    func apply(_ action: KeyAction, to state: inout AppState)
    /// A click, double-click or wheel notch; `target` is the hit target this body marked
    /// under the pointer, if any.
    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState)
}

extension RouteEntry {
    var layer: RouteLayer { .screen }
    func breadcrumbs(_ context: ViewContext) -> [String] { [] }
    func apply(_ action: KeyAction, to state: inout AppState) {}
    func point(_ kind: MouseEvent.Kind, at target: HitTarget?, in state: inout AppState) {}
}

extension RouteEntry {
    /// How a screen of items (panels, cities) answers the mouse: a click selects the item
    /// under the pointer (a hit target of `group`, whose id `select` takes), a double-click
    /// also opens it, and the wheel moves the selection as the arrows do.
    func pointAtItems(
        _ kind: MouseEvent.Kind, at target: HitTarget?, group: String, in state: inout AppState,
        select: (String, inout AppState) -> Void
    ) {
        switch kind {
        case .press, .doubleClick:
            guard let target, target.group == group else { return }
            select(target.id, &state)
            if kind == .doubleClick { apply(.open, to: &state) }
        case .wheelUp:
            apply(.moveUp, to: &state)
        case .wheelDown:
            apply(.moveDown, to: &state)
        }
    }
}

/// Where a route sits: a level of the city's hierarchy, or a page or overlay opened over
/// whatever is shown and closed again by Esc (the back stack).
enum RouteLayer: Equatable {
    /// Home, a dimension, an indicator, a programme: Esc goes one level up.
    case screen
    /// Opened over the back stack and drawn in its place, with its own breadcrumb (sources).
    case page
    /// Opened over the back stack and drawn over it, which stays visible (help).
    case overlay
}
