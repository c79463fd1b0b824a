/// Derived figures of one indicator: status, attainment and trend. Defined once here so
/// every screen, the JSON export and the documentation agree.
public extension Indicator {
    /// The severity of the current value against the alert levels.
    var status: IndicatorStatus { standing.status }

    /// The standing of the current value: the one judgement of an indicator, from its
    /// alert levels and, for a good value, its target.
    var standing: IndicatorStanding {
        guard let value, value.isFinite, let thresholds = Thresholds(for: self) else { return .noData }
        let badness: (Double) -> Double
        switch better {
        case .higher: badness = { -$0 }
        case .lower: badness = { $0 }
        case .target:
            let deviation = abs(value - (target ?? value))
            if deviation > thresholds.critical { return .offTarget }
            return deviation > thresholds.warn ? .watch : .targetMet
        }
        if badness(value) > badness(thresholds.critical) { return .offTarget }
        if badness(value) > badness(thresholds.warn) { return .watch }
        guard let target, target.isFinite else { return .onTrack }
        return badness(value) <= badness(target) ? .targetMet : .onTrack
    }

    /// Attainment (capaian) against the target, 0…1, as in Indonesian performance reports:
    /// higher is better → value ÷ target; lower is better → target ÷ value (full when at or
    /// below target); target → 1 − |value − target| ÷ |target|. Capped at 100 %. Nil without a
    /// value or a target to compare with.
    var attainment: Double? {
        guard let value, value.isFinite, let target else { return nil }
        let ratio: Double
        switch better {
        case .higher:
            guard target != 0 else { return value >= 0 ? 1 : 0 }
            ratio = value / target
        case .lower:
            if value <= target {
                ratio = 1
            } else if target > 0 {
                ratio = target / value
            } else if let baseline, baseline > target {
                ratio = (baseline - value) / (baseline - target)
            } else {
                ratio = 0
            }
        case .target:
            let scale = abs(target) > 0 ? abs(target) : 1
            ratio = 1 - abs(value - target) / scale
        }
        return min(1, max(0, ratio))
    }

    /// History sorted oldest first, with the current value appended when it is newer
    /// than the last point, so charts and sparklines always end at what the panel shows.
    var series: [HistoryPoint] {
        var points = history.sorted { $0.at < $1.at }
        if let value, let updatedAt, points.last.map({ updatedAt > $0.at && $0.value != value }) ?? true {
            points.append(HistoryPoint(at: updatedAt, value: value))
        }
        return points
    }

    /// Whether the last change moved the indicator the better way.
    var trend: Trend {
        let values = series.compactMap(\.value)
        guard values.count >= 2 else { return .unknown }
        let change = values[values.count - 1] - values[values.count - 2]
        if change == 0 { return .steady }
        switch better {
        case .higher: return change > 0 ? .improving : .worsening
        case .lower: return change < 0 ? .improving : .worsening
        case .target:
            guard let target else { return .unknown }
            return abs(values[values.count - 1] - target) < abs(values[values.count - 2] - target) ? .improving : .worsening
        }
    }
}

/// The direction of the latest change, judged by which way is better.
public enum Trend: String, Sendable {
    case improving, steady, worsening, unknown
}
