import Foundation

/// Moves a kiosk's whole picture by one cell every `interval`, around a one-cell square
/// and back to where it started, so no cell of a wall display holds the same bright
/// border for weeks. Pure: the offset is a function of the time since the kiosk started.
public struct BurnInShift: Equatable, Sendable {
    /// The cells the picture gives up at its right and bottom edges to have room to move.
    public static let margin = 1
    /// Right, down, left, up: back at the origin after four steps.
    static let path = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 1)]

    /// Seconds between two moves; at least one.
    public let interval: TimeInterval

    /// A shift every `interval` seconds; nil for zero, a negative or a non-finite
    /// interval, which means no shift.
    public init?(interval: TimeInterval) {
        guard interval.isFinite, interval > 0 else { return nil }
        self.interval = max(1, interval)
    }

    /// Where the picture's top left corner is `elapsed` seconds after the kiosk started;
    /// the origin before that (a clock set back).
    public func offset(elapsed: TimeInterval) -> Point {
        Self.path[step(elapsed) % Self.path.count]
    }

    /// The next moment the picture moves after `now`, for a kiosk started at `start`.
    public func nextMove(after now: Date, start: Date) -> Date {
        start + Double(step(now.timeIntervalSince(start)) + 1) * interval
    }

    /// Whole intervals since the start, capped so a clock far in the future cannot overflow.
    private func step(_ elapsed: TimeInterval) -> Int {
        guard elapsed.isFinite, elapsed > 0 else { return 0 }
        return Int(min((elapsed / interval).rounded(.down), 1e15))
    }
}
