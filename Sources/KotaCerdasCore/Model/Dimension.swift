/// One smart-city dimension (or pillar) with its indicators and programmes. Which
/// dimensions exist comes from the data: Kemendagri's six, Kominfo's six, or any other.
public struct Dimension: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var goal: LocalizedText?
    /// The dimension's programme areas, referred to by `Program.area` (1-based).
    public var areas: [LocalizedText]
    public var indicators: [Indicator]
    public var programs: [Program]

    public init(
        id: String, name: LocalizedText, goal: LocalizedText? = nil, areas: [LocalizedText] = [],
        indicators: [Indicator] = [], programs: [Program] = []
    ) {
        self.id = id
        self.name = name
        self.goal = goal
        self.areas = areas
        self.indicators = indicators
        self.programs = programs
    }

    public func indicator(id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func program(id: String) -> Program? { programs.first { $0.id == id } }
}
