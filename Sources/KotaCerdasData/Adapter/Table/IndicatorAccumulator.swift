import KotaCerdasCore

/// One indicator as the rows of a read add to it: who it is, where it goes, and its
/// values by period, until the read is finished and it becomes an `IndicatorDraft`.
struct IndicatorAccumulator {
    var draft: IndicatorDraft
    let dimension: String
    let settings: IndicatorSettings?
    /// What the rows' unit, target, … columns said, the latest row's cells winning.
    var attributes = RowAttributes()
    private var points: [(at: DataDate, value: Double)] = []
    /// The periods seen, kept only once a period comes out of order: rows usually come
    /// in period order, and then a later period cannot repeat an earlier one.
    private var periods: Set<DataDate>?

    init(draft: IndicatorDraft, dimension: String, settings: IndicatorSettings?) {
        self.draft = draft
        self.dimension = dimension
        self.settings = settings
    }

    /// Adds a value for a period; false when the indicator already has one for it.
    mutating func add(at: DataDate, value: Double) -> Bool {
        if periods == nil, let last = points.last?.at, !(last < at) { periods = Set(points.map(\.at)) }
        if periods?.insert(at).inserted == false { return false }
        points.append((at, value))
        return true
    }

    /// The indicator: its history oldest first (the last `historyLimit` periods), and as
    /// its value the latest period's figure, dated by that period. The config's settings win over
    /// what the table said. `cut` is set when older periods were left out.
    func finished(historyLimit: Int) -> (draft: IndicatorDraft, cut: Bool) {
        var draft = draft
        // Rows usually come in period order, which this sort finds in one pass.
        let sorted = points.sorted { $0.at < $1.at }
        let kept = sorted.suffix(historyLimit)
        draft.history = kept.map { IndicatorDraft.Point(at: $0.at.text, value: $0.value) }
        if let latest = sorted.last {
            draft.value = latest.value
            draft.updatedAt = latest.at.text
        }
        attributes.apply(to: &draft)
        if let settings {
            if let name = settings.name { draft.name = name }
            if let unit = settings.unit { draft.unit = unit }
            if let better = settings.better { draft.better = better }
            if let target = settings.target { draft.target = target }
            if let baseline = settings.baseline { draft.baseline = baseline }
            if let warn = settings.warn { draft.warn = warn }
            if let critical = settings.critical { draft.critical = critical }
            if let source = settings.source { draft.source = source }
        }
        return (draft, kept.count < sorted.count)
    }
}
