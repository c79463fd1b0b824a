import KotaCerdasCore

/// Why an indicator has its status, in words with the deciding level: "below warn level
/// 3,00" / "di bawah ambang waspada 3,00".
enum StatusReason {
    static func reason(for indicator: Indicator, figures: IndicatorFigures) -> UIText.Reason {
        guard let value = indicator.value, value.isFinite else { return .noValue }
        guard let thresholds = Thresholds(for: indicator) else { return .noTarget }
        let warn = figures.number(thresholds.warn)
        let critical = figures.number(thresholds.critical)
        switch (indicator.better, indicator.status) {
        case (.higher, .onTarget): return .atOrAboveWarn(warn)
        case (.higher, .watch): return .belowWarn(warn)
        case (.higher, _): return .belowCritical(critical)
        case (.lower, .onTarget): return .atOrBelowWarn(warn)
        case (.lower, .watch): return .aboveWarn(warn)
        case (.lower, _): return .aboveCritical(critical)
        case (.target, .onTarget): return .withinDeviation(warn)
        case (.target, .watch): return .beyondWarnDeviation(warn)
        case (.target, _): return .beyondCriticalDeviation(critical)
        }
    }
}
