import KotaCerdasCore

/// Turns FIWARE `KeyPerformanceIndicator` entities into indicators: `kpiValue` is the
/// value, `name`, `description`, `organization` and `calculationFrequency` describe it,
/// `dateModified` (else the end of `calculationPeriod`) dates it. Target, direction and
/// alert levels come from the config's `[[kpi]]` tables, else `currentStanding` sets the
/// status (see `CurrentStanding`). The dimension is the config's, else the one the KPI's
/// `category` names, else `kpi-dimension`.
struct KPIMapper {
    static let entityType = "KeyPerformanceIndicator"

    private let rules: [String: KPIRule]
    private let defaultDimension: String

    init(settings: NGSISettings) {
        rules = Dictionary(settings.kpiRules.map { ($0.match.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        defaultDimension = settings.kpiDimension
    }

    func map(_ entity: NGSIEntity, id entityID: String) -> Result<MappedIndicator, NGSISkip> {
        guard let valueAttribute = entity.attribute("kpiValue") else { return .failure(.missing("kpiValue")) }
        guard let value = NGSIValue.number(valueAttribute.value) else { return .failure(.unreadable("kpiValue", as: "number")) }
        let writtenName = entity.attribute("name").flatMap { NGSIValue.localizedText($0.value) }
        let rule = self.rule(for: entityID, name: writtenName)
        let fallbackID = SaneText.identifier(entityID) ?? "kpi"
        var draft = IndicatorDraft(
            id: rule?.indicatorID ?? fallbackID,
            name: SaneText.display(rule?.name ?? writtenName ?? LocalizedText(fallbackID)),
            unit: rule?.unit ?? valueAttribute.unitCode.flatMap(UnitCodes.unit), value: value)
        judge(&draft, rule: rule, standing: entity.attribute("currentStanding").flatMap { NGSIValue.text($0.value) })
        draft.source = entity.attribute(anyOf: ["organization", "provider"]).flatMap(Self.organizationName).map { SaneText.display($0) }
        draft.updatedAt = Self.time(of: entity)
        draft.description = Self.description(of: entity)
        let dimension = rule?.dimension ?? DimensionMatcher.dimension(in: Self.categories(of: entity)) ?? defaultDimension
        return .success(MappedIndicator(dimension: dimension, draft: draft))
    }

    /// The config's rule for the KPI: by its id as written, its id without the NGSI-LD
    /// prefix, or its name.
    private func rule(for entityID: String, name: LocalizedText?) -> KPIRule? {
        let keys = [entityID, SaneText.identifier(entityID)] + (name?.byLanguage.values.map(Optional.some) ?? [])
        return keys.lazy.compactMap { $0.flatMap { rules[$0.lowercased()] } }.first
    }

    /// The configured judgement when it has levels; otherwise the direction (higher unless
    /// configured) with alert levels from `currentStanding`, when the KPI has one.
    private func judge(_ draft: inout IndicatorDraft, rule: KPIRule?, standing: String?) {
        if let judgement = rule?.judgement, judgement.hasLevels {
            judgement.apply(to: &draft)
            return
        }
        draft.better = rule?.judgement?.better ?? .higher
        guard let value = draft.value, draft.better != .target, let standing = standing.flatMap(CurrentStanding.init) else { return }
        (draft.warn, draft.critical) = standing.levels(around: value, better: draft.better)
    }

    /// When the value was last calculated: `dateModified` (NGSI-LD `modifiedAt`), else the
    /// end of the period it covers.
    private static func time(of entity: NGSIEntity) -> String? {
        if let modified = entity.attribute(anyOf: ["dateModified", "modifiedAt"]).flatMap({ NGSIValue.date($0.value) }) {
            return modified.text
        }
        let period = entity.attribute("calculationPeriod")?.value
        return (period?["to"] ?? period?["from"]).flatMap(NGSIValue.date)?.text
    }

    /// The description, with how often the KPI is calculated: `… (monthly)`.
    private static func description(of entity: NGSIEntity) -> LocalizedText? {
        let text = entity.attribute("description").flatMap { NGSIValue.localizedText($0.value) }
        guard let frequency = entity.attribute("calculationFrequency").flatMap({ NGSIValue.text($0.value) }) else {
            return text.map(SaneText.display)
        }
        let withFrequency = (text ?? LocalizedText("")).byLanguage.mapValues { ($0.isEmpty ? "" : $0 + " ") + "(\(frequency))" }
        return SaneText.display(LocalizedText(byLanguage: withFrequency))
    }

    /// An organisation as a text, or as an object with a `name`.
    private static func organizationName(_ attribute: NGSIAttribute) -> String? {
        NGSIValue.text(attribute.value) ?? attribute.value["name"].flatMap(NGSIValue.text)
    }

    private static func categories(of entity: NGSIEntity) -> [String] {
        [entity.attribute("category"), entity.attribute("kpiCategory")].compactMap { $0 }.flatMap { attribute in
            if case .array(let elements) = attribute.value { return elements.compactMap(NGSIValue.text) }
            return NGSIValue.text(attribute.value).map { [$0] } ?? []
        }
    }
}
