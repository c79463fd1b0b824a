/// The rows every screen shares: a title bar on top, breadcrumbs below it on screens
/// under home, a status bar at the bottom, and the body in between.
public struct ScreenFrame: Equatable, Sendable {
    public let title: Rect
    /// Empty on the home screen, which needs no breadcrumbs.
    public let breadcrumbs: Rect
    public let body: Rect
    public let status: Rect

    public init(size: TerminalSize, route: Route) {
        let hasBreadcrumbs = route != .home && route != .cities
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        breadcrumbs = Rect(x: 0, y: 1, width: size.width, height: hasBreadcrumbs ? 1 : 0)
        let top = hasBreadcrumbs ? 2 : 1
        body = Rect(x: 0, y: top, width: size.width, height: size.height - top - 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    }
}
