import KotaCerdasCore

/// Why an indicator has its status, in words with the deciding level: "below warn level
/// 3,00" / "di bawah ambang waspada 3,00".
enum StatusReason {
    static func reason(for indicator: Indicator, figures: IndicatorFigures) -> UIText.Reason {
        guard let value = indicator.value, value.isFinite else { return .noValue }
        guard let thresholds = Thresholds(for: indicator) else { return .noTarget }
        let warn = figures.number(thresholds.warn)
        let critical = figures.number(thresholds.critical)
        let target = indicator.target.map(figures.number) ?? ""
        switch (indicator.better, indicator.standing) {
        case (.higher, .targetMet): return .atOrAboveTarget(target)
        case (.higher, .onTrack): return indicator.target == nil ? .atOrAboveWarn(warn) : .belowTargetWithinWarn(target, warn)
        case (.higher, .watch): return .belowWarn(warn)
        case (.higher, _): return .belowCritical(critical)
        case (.lower, .targetMet): return .atOrBelowTarget(target)
        case (.lower, .onTrack): return indicator.target == nil ? .atOrBelowWarn(warn) : .aboveTargetWithinWarn(target, warn)
        case (.lower, .watch): return .aboveWarn(warn)
        case (.lower, _): return .aboveCritical(critical)
        case (.target, .targetMet), (.target, .onTrack): return .withinDeviation(warn)
        case (.target, .watch): return .beyondWarnDeviation(warn)
        case (.target, _): return .beyondCriticalDeviation(critical)
        }
    }
}
