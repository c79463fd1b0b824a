import KotaCerdasCore

/// How a mapped indicator is judged: which way is better and, when known, its target,
/// baseline and alert levels. The FIWARE models carry none of these, so they come from
/// the config or from the adapter's documented defaults.
struct IndicatorJudgement: Equatable, Sendable {
    var better: BetterDirection
    var target: Double?
    var baseline: Double?
    var warn: Double?
    var critical: Double?

    init(better: BetterDirection, target: Double? = nil, baseline: Double? = nil, warn: Double? = nil, critical: Double? = nil) {
        self.better = better
        self.target = target
        self.baseline = baseline
        self.warn = warn
        self.critical = critical
    }

    /// True when anything but the direction is set: a configured judgement then wins
    /// over a KPI's `currentStanding`.
    var hasLevels: Bool { target != nil || warn != nil || critical != nil }

    func apply(to draft: inout IndicatorDraft) {
        draft.better = better
        draft.target = target
        draft.baseline = baseline
        draft.warn = warn
        draft.critical = critical
    }

    /// The keys a config table may set, read over `base` (the default for that table);
    /// nil when neither gives a direction. `better = "target"` needs a target to aim at.
    static func read(_ options: AdapterOptions, over base: IndicatorJudgement?) throws(ConfigurationError) -> IndicatorJudgement? {
        let direction = try options.choice("better", BetterDirection.self)
        guard let better = direction ?? base?.better else { return nil }
        // A changed direction makes the default levels meaningless; only the table's own stay.
        let inherited = direction == nil || direction == base?.better ? base : nil
        let judgement = IndicatorJudgement(
            better: better, target: try options.number("target") ?? inherited?.target,
            baseline: try options.number("baseline") ?? inherited?.baseline,
            warn: try options.number("warn") ?? inherited?.warn, critical: try options.number("critical") ?? inherited?.critical)
        if better == .target, judgement.target == nil {
            throw options.error("target", "required when better = \"target\"")
        }
        return judgement
    }

    static let keys: Set<String> = ["better", "target", "baseline", "warn", "critical"]
}
