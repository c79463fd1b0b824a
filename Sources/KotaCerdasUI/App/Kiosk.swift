import Foundation

/// A running kiosk rotation: the playlist, where it stands and when it moves on.
public struct Kiosk: Equatable, Sendable {
    /// Whether the rotation moves on by itself.
    public enum Phase: Equatable, Sendable {
        /// The next view comes at `nextSwitch`.
        case running(nextSwitch: Date)
        /// Someone pressed a key; the rotation waits, and resumes at `resumesAt` if
        /// nobody presses another, so a wall display left alone never stays stuck.
        case paused(resumesAt: Date)
    }

    /// How long a paused rotation waits for the next key before resuming.
    public static let idleResume: TimeInterval = 5 * 60

    public var playlist: KioskPlaylist
    public internal(set) var phase: Phase
    /// The index of the shown view in the playlist's routes.
    public internal(set) var position: Int
    /// When the rotation was started, where the burn-in shift counts from.
    public internal(set) var startedAt: Date

    /// The next moment the rotation itself changes something on screen.
    var nextChange: Date {
        switch phase {
        case .running(let nextSwitch): nextSwitch
        case .paused(let resumesAt): resumesAt
        }
    }

    var isPaused: Bool {
        if case .paused = phase { true } else { false }
    }
}
