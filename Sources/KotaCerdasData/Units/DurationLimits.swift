/// The durations one setting accepts. Every duration a person types goes through one of
/// these, so an infinite or absurd value (`inf`, `1e300`) is refused with a clear message
/// instead of trapping later in `Duration.seconds` or `Task.sleep`.
public struct DurationLimits: Equatable, Sendable {
    /// Shortest accepted value, in seconds.
    public let minimum: Double
    /// Longest accepted value, in seconds.
    public let maximum: Double

    public init(minimum: Double, maximum: Double) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// How often a source is read: shorter would hammer a city's server, longer than a
    /// day is a typo rather than a schedule.
    public static let interval = DurationLimits(minimum: 0.01, maximum: 86_400)
    /// How long one HTTP request may take.
    public static let timeout = DurationLimits(minimum: 0.01, maximum: 600)
    /// How long each kiosk view stays on screen.
    public static let rotate = DurationLimits(minimum: 1, maximum: 86_400)
    /// How often the kiosk's picture moves against burn-in (0 or "off" turn it off).
    public static let shift = DurationLimits(minimum: 1, maximum: 86_400)
    /// How long a status must hold before it raises or clears an alert; 0 decides at once.
    public static let alertHold = DurationLimits(minimum: 0, maximum: 86_400)

    /// `seconds` when it lies within the limits; `written` is how the user wrote it, for the message.
    public func check(_ seconds: Double, written: String) throws(DurationError) -> Double {
        guard seconds.isFinite, seconds >= minimum, seconds <= maximum else {
            throw DurationError(text: written, limits: self)
        }
        return seconds
    }
}

/// Why a written duration cannot be used: not a duration, or outside its limits.
public struct DurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The duration as written.
    public let text: String
    public let limits: DurationLimits

    public var description: String {
        "expected a duration from \(DurationText.format(limits.minimum)) to \(DurationText.format(limits.maximum)) "
            + "such as 500ms, 30s, 5m or 1h; found \"\(text)\""
    }
}
