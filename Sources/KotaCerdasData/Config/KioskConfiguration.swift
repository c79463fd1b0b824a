/// The wall-display playlist: which views to show and how long each stays.
public struct KioskConfiguration: Equatable, Sendable {
    /// Seconds each view stays on screen.
    public var rotate: Double?
    /// View names in order, e.g. `["home", "governance"]`.
    public var views: [String]?

    public init(rotate: Double? = nil, views: [String]? = nil) {
        self.rotate = rotate
        self.views = views
    }
}
