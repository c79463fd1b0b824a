/// The rows every screen shares: a title bar on top, breadcrumbs below it on screens
/// under home, a status bar at the bottom, the alert ticker above it when shown, and the
/// body in between.
public struct ScreenFrame: Equatable, Sendable {
    public let title: Rect
    /// Empty on the home screen, which needs no breadcrumbs.
    public let breadcrumbs: Rect
    public let body: Rect
    /// The alert ticker's row; empty when it is not shown.
    public let ticker: Rect
    public let status: Rect

    /// The frame of `route` as `state` shows it: with the ticker when it is due there.
    public init(state: AppState, route: Route) {
        self.init(size: state.size, route: route, ticker: AlertTicker.isShown(in: state, on: route))
    }

    public init(size: TerminalSize, route: Route, ticker: Bool = false) {
        let hasBreadcrumbs = route != .home && route != .cities
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        breadcrumbs = Rect(x: 0, y: 1, width: size.width, height: hasBreadcrumbs ? 1 : 0)
        let top = hasBreadcrumbs ? 2 : 1
        let tickerHeight = ticker ? 1 : 0
        body = Rect(x: 0, y: top, width: size.width, height: size.height - top - 1 - tickerHeight)
        self.ticker = Rect(x: 0, y: size.height - 1 - tickerHeight, width: size.width, height: tickerHeight)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
    }
}
