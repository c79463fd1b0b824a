/// Exponential backoff with full jitter: after the n-th failure in a row, wait a random
/// time up to `interval × 2ⁿ⁻¹` (at most `cap`, but never less than the interval), so many
/// wall displays that lost the same endpoint do not come back at the same instant.
enum Backoff {
    /// The longest wait between attempts while the endpoint keeps failing, unless the
    /// interval itself is longer.
    static let cap: Double = 600

    static func delay(
        afterFailures failures: Int, interval: Double, using generator: inout some RandomNumberGenerator
    ) -> Double {
        let exponent = Double(min(max(failures - 1, 0), 30))
        let ceiling = max(interval, min(cap, interval * pow2(exponent)))
        // A floor keeps a zero draw from turning into a tight retry loop.
        let floor = min(interval, 1)
        return max(floor, Double.random(in: 0...ceiling, using: &generator))
    }

    /// The wait after a failed answer that asked for `retryAfter` seconds (`Retry-After`):
    /// never sooner than asked, never longer than the cap (or the interval, if longer).
    static func delay(
        afterFailures failures: Int, interval: Double, retryAfter: Double?,
        using generator: inout some RandomNumberGenerator
    ) -> Double {
        let drawn = delay(afterFailures: failures, interval: interval, using: &generator)
        guard let retryAfter else { return drawn }
        return max(drawn, min(retryAfter, max(interval, cap)))
    }

    private static func pow2(_ exponent: Double) -> Double {
        Double(sign: .plus, exponent: Int(exponent), significand: 1)
    }
}
