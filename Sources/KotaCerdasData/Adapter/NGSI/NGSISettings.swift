import Foundation
import KotaCerdasCore

/// The `[sources.ngsi]` table of a broker source, read strictly: tenancy, page size and
/// the mapping of KPIs and observed entities to indicators.
///
/// ```toml
/// [sources.ngsi]
/// service = "sumenep"               # NGSI v2: Fiware-Service
/// service-path = "/lingkungan"      # NGSI v2: Fiware-ServicePath
/// # tenant = "sumenep"              # NGSI-LD: NGSILD-Tenant
/// # context = "https://…/context.jsonld"   # NGSI-LD: sent as a Link header
/// page-size = 1000
/// kpi-dimension = "governance"
///
/// [[sources.ngsi.kpi]]
/// match = "kpi-waste-complaints"
/// dimension = "environment"
/// better = "lower"
/// target = 10
///
/// [[sources.ngsi.observed]]
/// type = "AirQualityObserved"
/// attribute = "pm25"
/// target = 25
/// ```
struct NGSISettings: Equatable, Sendable {
    /// Orion's cap on `limit` (and Orion-LD's); asking for more is an error there.
    static let defaultPageSize = 1_000
    static let pageSizes = 1...10_000
    /// Where KPIs go when neither the config nor their category names a dimension: a
    /// KPI measures how the city administration performs.
    static let defaultKPIDimension = "governance"

    var headers: [RequestHeader] = []
    var pageSize = defaultPageSize
    var kpiDimension = defaultKPIDimension
    var kpiRules: [KPIRule] = []
    var observedRules = ObservedDefaults.rules

    init(_ options: AdapterOptions?, dialect: NGSIDialect) throws(ConfigurationError) {
        guard let options else { return }
        try options.allowOnly([
            "service", "service-path", "tenant", "context", "page-size", "kpi-dimension", "kpi", "observed",
            "observed-defaults",
        ])
        headers = try Self.tenancy(options, dialect: dialect)
        if let size = try options.number("page-size") {
            guard size.rounded() == size, Self.pageSizes.contains(Int(size)) else {
                throw options.error("page-size", "must be a whole number from 1 to \(Self.pageSizes.upperBound)")
            }
            pageSize = Int(size)
        }
        kpiDimension = try Self.dimension(options, "kpi-dimension") ?? Self.defaultKPIDimension
        kpiRules = try Self.kpiRules(options.tables("kpi"))
        let keepDefaults = try options.bool("observed-defaults") ?? true
        observedRules = try Self.observedRules(options.tables("observed"), over: keepDefaults ? ObservedDefaults.rules : [])
    }

    // MARK: tenancy

    private static func tenancy(_ options: AdapterOptions, dialect: NGSIDialect) throws(ConfigurationError) -> [RequestHeader] {
        let v2Keys = [("service", "Fiware-Service"), ("service-path", "Fiware-ServicePath")]
        let ldKeys = [("tenant", "NGSILD-Tenant")]
        let (own, other, hint) = dialect == .v2
            ? (v2Keys, ["tenant", "context"], "NGSI v2 uses service and service-path")
            : (ldKeys, ["service", "service-path"], "NGSI-LD uses tenant and context")
        if let wrong = other.first(where: { options.json[$0] != nil }) {
            throw options.error(wrong, "does not apply to an \(dialect.displayName) source; \(hint)")
        }
        var headers: [RequestHeader] = []
        for (key, header) in own {
            guard let value = try headerValue(options, key) else { continue }
            if key == "service-path", !value.split(separator: ",").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("/") }) {
                throw options.error(key, "must start with \"/\", e.g. \"/lingkungan\"")
            }
            headers.append(RequestHeader(name: header, value: value))
        }
        if let context = try headerValue(options, "context") {
            headers.append(RequestHeader(
                name: "Link",
                value: "<\(context)>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\""))
        }
        return headers
    }

    /// A text sent as a header: refused when it could end the header early.
    private static func headerValue(_ options: AdapterOptions, _ key: String) throws(ConfigurationError) -> String? {
        guard let value = try options.string(key) else { return nil }
        guard !value.isEmpty, !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw options.error(key, "must be a non-empty text without line breaks or control characters")
        }
        return value
    }

    // MARK: rules

    private static func kpiRules(_ tables: [AdapterOptions]) throws(ConfigurationError) -> [KPIRule] {
        var rules: [KPIRule] = []
        for table in tables {
            try table.allowOnly(Set(["match", "id", "name", "unit", "dimension"]).union(IndicatorJudgement.keys))
            guard let match = try table.string("match"), !match.isEmpty else {
                throw table.error("match", "required: the KPI's entity id or name")
            }
            if rules.contains(where: { $0.match.lowercased() == match.lowercased() }) {
                throw table.error("match", "\"\(match)\" is already matched by an earlier [[kpi]] table")
            }
            rules.append(KPIRule(
                match: match, indicatorID: try identifier(table, "id"), name: try text(table, "name"),
                unit: try text(table, "unit"), dimension: try dimension(table, "dimension"),
                judgement: try IndicatorJudgement.read(table, over: nil)))
        }
        return rules
    }

    /// `defaults` with each table applied: a table naming a default's type and attribute
    /// changes what it sets of that rule; any other table adds a rule.
    private static func observedRules(_ tables: [AdapterOptions], over defaults: [ObservedRule]) throws(ConfigurationError) -> [ObservedRule] {
        var rules = defaults
        for table in tables {
            try table.allowOnly(
                Set(["type", "attribute", "aggregate", "level", "id", "name", "unit", "dimension", "time"])
                    .union(IndicatorJudgement.keys))
            guard let type = try table.string("type"), !type.isEmpty else {
                throw table.error("type", "required: the entity type, e.g. \"AirQualityObserved\"")
            }
            let attribute = try table.string("attribute")
            let aggregate = try table.choice("aggregate", ObservedRule.Aggregate.self)
            let index = rules.firstIndex { rule in
                rule.entityType.lowercased() == type.lowercased() && aggregate.map { $0 == rule.aggregate } ?? true
                    && AttributeName.folded(rule.attribute ?? "") == AttributeName.folded(attribute ?? "")
            }
            let rule = try observedRule(table, type: type, attribute: attribute, aggregate: aggregate, over: index.map { rules[$0] })
            if let clash = rules.indices.first(where: { $0 != index && rules[$0].indicatorID == rule.indicatorID }) {
                throw table.error("id", "\"\(rule.indicatorID)\" is already the id of the \(rules[clash].entityType) "
                    + "\(rules[clash].attribute ?? rules[clash].aggregate.rawValue) indicator")
            }
            if let index { rules[index] = rule } else { rules.append(rule) }
        }
        return rules
    }

    private static func observedRule(
        _ table: AdapterOptions, type: String, attribute: String?, aggregate: ObservedRule.Aggregate?, over base: ObservedRule?
    ) throws(ConfigurationError) -> ObservedRule {
        let aggregate = aggregate ?? base?.aggregate ?? .mean
        guard attribute != nil || aggregate == .count else {
            throw table.error("attribute", "required unless aggregate = \"count\"")
        }
        let level = try table.number("level") ?? base?.level
        if aggregate == .shareAbove, level == nil {
            throw table.error("level", "required when aggregate = \"share-above\"")
        }
        guard let judgement = try IndicatorJudgement.read(table, over: base?.judgement) else {
            throw table.error("better", "required for a new rule: \"higher\", \"lower\" or \"target\"")
        }
        guard let dimension = try dimension(table, "dimension") ?? base?.dimension ?? ObservedDefaults.dimension(of: type) else {
            throw table.error("dimension", "required: \(type) has no default dimension")
        }
        let suffix = aggregate == .mean ? "" : "-" + aggregate.rawValue
        let derivedID = "ngsi-" + [type, attribute ?? ""].compactMap { SaneText.identifier($0.lowercased()) }
            .joined(separator: "-") + suffix
        let time = try table.string("time")
        return ObservedRule(
            entityType: type, attribute: attribute, aggregate: aggregate, level: level,
            indicatorID: try identifier(table, "id") ?? base?.indicatorID ?? derivedID,
            name: try text(table, "name") ?? base?.name
                ?? LocalizedText("\(aggregate.rawValue) \(attribute ?? "entities") (\(type))"),
            unit: try text(table, "unit") ?? base?.unit ?? (aggregate == .shareAbove ? LocalizedText("%") : nil),
            dimension: dimension, judgement: judgement,
            // `time = ""` accepts entities without a date where a default asks for one.
            time: time.map { $0.isEmpty ? nil : $0 } ?? base?.time)
    }

    // MARK: values

    /// A text written plainly or per language (`{ id = "…", en = "…" }`).
    private static func text(_ options: AdapterOptions, _ key: String) throws(ConfigurationError) -> LocalizedText? {
        switch options.json[key] {
        case nil: return nil
        case .string(let plain)?: return LocalizedText(SaneText.display(plain))
        case .object?:
            guard let table = try options.table(key) else { return nil }
            try table.allowOnly(["id", "en"])
            var byLanguage: [String: String] = [:]
            for language in ["id", "en"] {
                if let text = try table.string(language) { byLanguage[language] = SaneText.display(text) }
            }
            if !byLanguage.isEmpty { return LocalizedText(byLanguage: byLanguage) }
        default: break
        }
        throw options.error(key, "must be a text, or { id = \"…\", en = \"…\" }")
    }

    private static func identifier(_ options: AdapterOptions, _ key: String) throws(ConfigurationError) -> String? {
        guard let written = try options.string(key) else { return nil }
        guard let id = SaneText.identifier(written), id == written else {
            throw options.error(key, "\"\(written)\" is not an id: use letters, digits, \".\", \"_\" and \"-\"")
        }
        return id
    }

    private static func dimension(_ options: AdapterOptions, _ key: String) throws(ConfigurationError) -> String? {
        try identifier(options, key)
    }
}
