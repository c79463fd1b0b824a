import Foundation

/// How the kiosk uses a wall display: from which terminal size home shows the headline
/// numbers in big digits, and how often the picture moves against burn-in.
public struct KioskDisplay: Equatable, Sendable {
    /// A wall read from across the room, configurable as `[kiosk] wall-size`.
    public static let defaultWallSize = TerminalSize(width: 160, height: 45)
    /// Configurable as `[kiosk] shift`.
    public static let defaultShiftInterval: TimeInterval = 180

    /// From this size (both ways) the kiosk's home is the wall layout.
    public var wallSize: TerminalSize
    /// The burn-in shift; nil when it is off.
    public var shift: BurnInShift?

    /// `shiftInterval` 0 turns the shift off.
    public init(wallSize: TerminalSize = defaultWallSize, shiftInterval: TimeInterval = defaultShiftInterval) {
        self.wallSize = wallSize
        shift = BurnInShift(interval: shiftInterval)
    }
}
