extension Duration {
    /// `seconds` as a duration, held within zero and a year. `Duration.seconds(_:)` and
    /// `Task.sleep` trap on infinite or enormous values; limits checked at input keep
    /// those out, and this keeps any that slip through from taking the process down.
    static func clampedSeconds(_ seconds: Double) -> Duration {
        let year = 365.0 * 86_400
        return .seconds(seconds.isNaN ? 0 : Swift.min(Swift.max(seconds, 0), year))
    }
}
