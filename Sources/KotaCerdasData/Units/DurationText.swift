/// Durations as people write them in specs and config: `500ms`, `30s`, `5m`, `1h`.
public enum DurationText {
    /// Seconds for `text`, or nil when it is not a whole number followed by `ms`, `s`, `m` or `h`.
    static func seconds(_ text: String) -> Double? {
        let digits = text.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, let amount = Double(digits) else { return nil }
        switch text.dropFirst(digits.count) {
        case "ms": return amount / 1000
        case "s": return amount
        case "m": return amount * 60
        case "h": return amount * 3600
        default: return nil
        }
    }

    /// Seconds for `text` when it is a duration within `limits`: what every option and
    /// config key that takes a duration should call.
    public static func seconds(_ text: String, in limits: DurationLimits) throws(DurationError) -> Double {
        guard let seconds = seconds(text) else { throw DurationError(text: text, limits: limits) }
        return try limits.check(seconds, written: text)
    }

    /// The shortest of those forms for `seconds` (`0.5` → `500ms`, `300` → `5m`).
    public static func format(_ seconds: Double) -> String {
        let milliseconds = (seconds * 1000).rounded()
        if milliseconds.truncatingRemainder(dividingBy: 3_600_000) == 0 { return "\(Int(milliseconds / 3_600_000))h" }
        if milliseconds.truncatingRemainder(dividingBy: 60_000) == 0 { return "\(Int(milliseconds / 60_000))m" }
        if milliseconds.truncatingRemainder(dividingBy: 1000) == 0 { return "\(Int(milliseconds / 1000))s" }
        return "\(Int(milliseconds))ms"
    }
}
