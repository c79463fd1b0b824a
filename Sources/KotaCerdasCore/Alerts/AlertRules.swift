import Foundation

/// How alerts are debounced and bounded (the config's `[alerts]` table).
public struct AlertRules: Hashable, Sendable {
    /// Seconds a new status must hold before it raises or clears an alert.
    public var hold: TimeInterval
    /// The most alerts kept; the oldest ended ones go first.
    public var capacity: Int

    public static let defaultHold: TimeInterval = 60
    public static let defaultCapacity = 500

    public init(hold: TimeInterval = defaultHold, capacity: Int = defaultCapacity) {
        self.hold = hold.isFinite ? max(0, hold) : Self.defaultHold
        self.capacity = max(1, capacity)
    }
}
