import KotaCerdasCore

/// What the config says about one FIWARE KeyPerformanceIndicator, matched by the entity's
/// id (with or without its `urn:ngsi-ld:KeyPerformanceIndicator:` prefix) or its `name`:
/// everything the KPI model lacks — target, direction, alert levels — and where it goes.
struct KPIRule: Equatable, Sendable {
    /// The entity id or KPI name this rule is for.
    var match: String
    /// The indicator id to use instead of the one made from the entity id; naming an
    /// indicator of a kotacerdas document merges the broker's value into it.
    var indicatorID: String?
    var name: LocalizedText?
    var unit: LocalizedText?
    var dimension: String?
    /// Nil when the rule gives no direction: then higher is better.
    var judgement: IndicatorJudgement?
}
