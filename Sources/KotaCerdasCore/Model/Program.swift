/// A programme (initiative) of one dimension: who runs it, how far it is, what it costs.
public struct Program: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// 1-based index into the dimension's programme areas.
    public var area: Int?
    public var owner: String
    public var status: ProgramStatus
    /// Work done, 0…1.
    public var progress: Double?
    public var start: DataDate?
    public var end: DataDate?
    public var budget: Budget?
    /// Ids of indicators (of the same dimension) this programme moves.
    public var indicatorIDs: [String]
    public var milestones: [Milestone]
    public var updatedAt: DataDate?
    public var description: LocalizedText?

    public init(
        id: String, name: LocalizedText, area: Int? = nil, owner: String = "", status: ProgramStatus,
        progress: Double? = nil, start: DataDate? = nil, end: DataDate? = nil, budget: Budget? = nil,
        indicatorIDs: [String] = [], milestones: [Milestone] = [], updatedAt: DataDate? = nil,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.area = area
        self.owner = owner
        self.status = status
        self.progress = progress
        self.start = start
        self.end = end
        self.budget = budget
        self.indicatorIDs = indicatorIDs
        self.milestones = milestones
        self.updatedAt = updatedAt
        self.description = description
    }
}

/// Money given to a programme and money it has used.
public struct Budget: Equatable, Sendable {
    /// ISO 4217 code, e.g. `IDR`.
    public var currency: String
    public var allocated: Double
    public var spent: Double

    public init(currency: String = "IDR", allocated: Double, spent: Double) {
        self.currency = currency
        self.allocated = allocated
        self.spent = spent
    }
}

/// A dated step of a programme.
public struct Milestone: Equatable, Sendable {
    public var name: LocalizedText
    public var due: DataDate?
    public var done: Bool

    public init(name: LocalizedText, due: DataDate?, done: Bool) {
        self.name = name
        self.due = due
        self.done = done
    }
}
