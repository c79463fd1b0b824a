/// The alert levels an indicator is judged by, with defaults derived once, here.
///
/// For `higher` and `lower` the levels are values; for `target` they are allowed absolute
/// deviations from the target. Defaults when the data gives none:
/// - higher / lower: `warn` = the target; `critical` = the baseline when it lies on the
///   worse side of `warn`, otherwise `warn` moved 10 % of |target| to the worse side.
/// - target: `warn` = 5 % of |target|, `critical` = 3 × `warn` (at least the given `warn`).
public struct Thresholds: Equatable, Sendable {
    public let warn: Double
    public let critical: Double

    public init?(for indicator: Indicator) {
        switch indicator.better {
        case .higher, .lower:
            let worseSign: Double = indicator.better == .higher ? -1 : 1
            guard let warn = indicator.warn ?? indicator.target else { return nil }
            let critical = indicator.critical ?? Self.defaultCritical(
                warn: warn, baseline: indicator.baseline, target: indicator.target, worseSign: worseSign)
            self.warn = warn
            self.critical = critical
        case .target:
            guard let target = indicator.target else { return nil }
            let scale = abs(target) > 0 ? abs(target) : 1
            let warn = indicator.warn ?? (indicator.critical.map { $0 / 3 } ?? 0.05 * scale)
            self.warn = warn
            self.critical = indicator.critical ?? 3 * warn
        }
    }

    private static func defaultCritical(warn: Double, baseline: Double?, target: Double?, worseSign: Double) -> Double {
        if let baseline, (baseline - warn) * worseSign > 0 { return baseline }
        let scale = abs(target ?? warn) > 0 ? abs(target ?? warn) : 1
        return warn + worseSign * 0.1 * scale
    }
}
