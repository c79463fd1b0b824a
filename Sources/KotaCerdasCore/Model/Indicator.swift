/// A key performance indicator of one dimension: its current value, the target it is
/// measured against, alert thresholds and the history behind its trend.
public struct Indicator: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// Shown after the value: `%`, `{"id": "miliar Rp", "en": "billion IDR"}`.
    public var unit: LocalizedText
    /// The latest value; nil when the source has no figure ("no data").
    public var value: Double?
    public var target: Double?
    public var baseline: Double?
    public var better: BetterDirection
    /// Alert level: past it (on the worse side) the indicator needs watching.
    public var warn: Double?
    /// Alert level: past it (on the worse side) the indicator is off target.
    public var critical: Double?
    /// Relative weight in the dimension score (default 1).
    public var weight: Double
    /// Earlier values, oldest first.
    public var history: [HistoryPoint]
    public var source: String?
    public var updatedAt: DataDate?
    public var description: LocalizedText?

    public init(
        id: String, name: LocalizedText, unit: LocalizedText = LocalizedText(""), value: Double? = nil, target: Double? = nil,
        baseline: Double? = nil, better: BetterDirection = .higher, warn: Double? = nil, critical: Double? = nil,
        weight: Double = 1, history: [HistoryPoint] = [], source: String? = nil, updatedAt: DataDate? = nil,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.value = value
        self.target = target
        self.baseline = baseline
        self.better = better
        self.warn = warn
        self.critical = critical
        self.weight = weight
        self.history = history
        self.source = source
        self.updatedAt = updatedAt
        self.description = description
    }
}

/// One past value of an indicator.
public struct HistoryPoint: Equatable, Sendable {
    public var at: DataDate
    public var value: Double?

    public init(at: DataDate, value: Double?) {
        self.at = at
        self.value = value
    }
}
