import Foundation
import KotaCerdasCore

/// What the wall display rotates through: views named as in `RoutePath` and how long
/// each stays on screen.
public struct KioskPlaylist: Equatable, Sendable {
    /// Route paths in order; empty means home and then every dimension in data order.
    public var views: [String]
    /// Seconds each view stays on screen.
    public var dwell: TimeInterval

    /// Long enough to read a panel from across the room.
    public static let defaultDwell: TimeInterval = 30

    /// A playlist of `views` (empty: home and every dimension), each shown for `dwell`
    /// seconds; a dwell under a second is raised to one, so a typo cannot make it spin.
    public init(views: [String] = [], dwell: TimeInterval = defaultDwell) {
        self.views = views
        self.dwell = dwell.isFinite ? max(1, dwell) : Self.defaultDwell
    }

    /// The routes to show for `document`; views it does not have are skipped, so data
    /// that loses a dimension never stops the rotation.
    public func routes(in document: CityDocument) -> [Route] {
        guard !views.isEmpty else { return [.home] + document.dimensions.map { .dimension($0.id) } }
        return views.compactMap { try? RoutePath.route($0, in: document) }
    }
}
