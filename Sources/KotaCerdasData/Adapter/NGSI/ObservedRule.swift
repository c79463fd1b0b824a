import KotaCerdasCore

/// How entities of one observed type (`AirQualityObserved`, `OnStreetParking`, …) become
/// one city-wide indicator: which attribute, aggregated how over all the entities read,
/// in which unit and dimension, and judged how.
struct ObservedRule: Equatable, Sendable {
    /// How the values of all entities become one figure.
    enum Aggregate: String, CaseIterable, Sendable {
        case mean, sum, min, max
        /// How many entities of the type were read (no attribute needed).
        case count
        /// The percentage of entities whose value is above `level`.
        case shareAbove = "share-above"
    }

    var entityType: String
    /// The attribute aggregated; nil only for `count`.
    var attribute: String?
    var aggregate: Aggregate
    /// The level `share-above` compares with.
    var level: Double?
    var indicatorID: String
    var name: LocalizedText
    /// Nil: the `unitCode` the broker sends, if any.
    var unit: LocalizedText?
    var dimension: String
    var judgement: IndicatorJudgement
    /// The attribute that dates each observation (`dateObserved`). When set, an entity
    /// without a readable one is skipped rather than mixed into a current figure.
    var time: String?

    /// What the rule does, in words for the indicator's description:
    /// `mean of pm25 over 12 AirQualityObserved entities`.
    func describe(entities: Int) -> String {
        let over = "over \(entities) \(entityType) entit\(entities == 1 ? "y" : "ies")"
        switch aggregate {
        case .count: return "number of \(entityType) entities"
        case .shareAbove:
            return "share of \(entityType) entities with \(attribute ?? "") above \(level.map(JSONWriter.format) ?? "")"
                + " (\(entities) read)"
        default: return "\(aggregate.rawValue) of \(attribute ?? "") \(over)"
        }
    }
}
