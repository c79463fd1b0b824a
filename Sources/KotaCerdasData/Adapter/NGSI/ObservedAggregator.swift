import Foundation
import KotaCerdasCore

/// Folds observed entities into their types' city-wide figures as the pages arrive, so a
/// read of 100 000 sensors keeps one running tally per indicator and never the entities.
struct ObservedAggregator {
    private let rules: [ObservedRule]
    private var rulesByType: [String: [Int]] = [:]
    private var tallies: [Tally]
    private var seenTypes: Set<String> = []

    init(rules: [ObservedRule]) {
        self.rules = rules
        tallies = Array(repeating: Tally(), count: rules.count)
        for (index, rule) in rules.enumerated() { rulesByType[rule.entityType.lowercased(), default: []].append(index) }
    }

    func handles(type: String) -> Bool {
        rulesByType[type.lowercased()] != nil
    }

    /// Adds the entity to every figure of its type it has a value for. Returns nil when it
    /// counted towards at least one; otherwise why it could not, by the type's first rule.
    mutating func fold(_ entity: NGSIEntity, type: String) -> NGSISkip? {
        let key = type.lowercased()
        guard let indices = rulesByType[key] else {
            return NGSISkip("no mapping for type \(SaneText.display(type, limit: 60))")
        }
        seenTypes.insert(key)
        var dates = EntityDates(entity: entity)
        var firstSkip: NGSISkip?
        var counted = false
        for index in indices {
            switch Self.observation(of: entity, by: rules[index], dates: &dates) {
            case .success(let observation):
                tallies[index].add(observation, level: rules[index].level)
                counted = true
            case .failure(let skip):
                firstSkip = firstSkip ?? skip
            }
        }
        return counted ? nil : firstSkip
    }

    /// One indicator per rule that got a value, in rule order; and for each type that came,
    /// a note naming the attributes none of its entities had, so a missing reading is seen.
    func indicators(source: String?) -> (indicators: [MappedIndicator], notes: [String]) {
        var indicators: [MappedIndicator] = []
        var missing: [(type: String, attributes: [String])] = []
        for (rule, tally) in zip(rules, tallies) where seenTypes.contains(rule.entityType.lowercased()) {
            guard let value = tally.value(of: rule.aggregate) else {
                let attribute = rule.attribute ?? rule.time ?? "date"
                if let index = missing.firstIndex(where: { $0.type == rule.entityType }) {
                    missing[index].attributes.append(attribute)
                } else {
                    missing.append((rule.entityType, [attribute]))
                }
                continue
            }
            var draft = IndicatorDraft(
                id: rule.indicatorID, name: rule.name, unit: rule.unit ?? tally.unitCode.flatMap(UnitCodes.unit),
                value: Self.rounded(value), source: source, updatedAt: tally.latest?.text,
                description: LocalizedText(rule.describe(entities: tally.count)))
            rule.judgement.apply(to: &draft)
            indicators.append(MappedIndicator(dimension: rule.dimension, draft: draft))
        }
        let notes = missing.map { "no \($0.type) had a readable " + Self.alternatives($0.attributes) }
        return (indicators, notes)
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func alternatives(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }

    /// The entity's value and time for `rule`, or why it has none.
    private static func observation(
        of entity: NGSIEntity, by rule: ObservedRule, dates: inout EntityDates
    ) -> Result<Observation, NGSISkip> {
        var attribute: NGSIAttribute?
        var value = 1.0
        if let name = rule.attribute, rule.aggregate != .count {
            guard let found = entity.attribute(name) else { return .failure(.missing(name)) }
            guard let number = NGSIValue.number(found.value) else { return .failure(.unreadable(name, as: "number")) }
            (attribute, value) = (found, number)
        }
        let attributeTime = attribute?.observedAt.flatMap(NGSIValue.date)
        let time: DataDate?
        if let name = rule.time {
            // Required: an undated reading cannot be counted as current. NGSI-LD may date
            // the value itself (`observedAt`) instead of the entity.
            switch dates.lookup(name) {
            case .date(let date): time = date
            case .unreadable where attributeTime == nil: return .failure(.unreadable(name, as: "date"))
            case .missing where attributeTime == nil: return .failure(.missing(name))
            default: time = attributeTime
            }
        } else {
            time = attributeTime ?? dates.usualDate()
        }
        return .success(Observation(value: value, time: time, unitCode: attribute?.unitCode))
    }

    /// Six significant digits: a mean of thousands of readings has no more, and the
    /// dashboard should not show `31.466666666666665`.
    private static func rounded(_ value: Double) -> Double {
        Double(String(format: "%.6g", value)) ?? value
    }
}

/// An entity's dates, each looked up and parsed once however many of its type's rules ask.
private struct EntityDates {
    /// Where an observation's time is usually found when a rule names none.
    static let usualNames = ["dateObserved", "observationDateTime", "dateModified", "modifiedAt"]

    enum Lookup {
        case missing, unreadable
        case date(DataDate)
    }

    let entity: NGSIEntity
    private var looked: [(name: String, result: Lookup)] = []
    private var usual: DataDate??

    init(entity: NGSIEntity) {
        self.entity = entity
    }

    mutating func lookup(_ name: String) -> Lookup {
        if let earlier = looked.first(where: { $0.name == name }) { return earlier.result }
        let result: Lookup = entity.attribute(name).map { NGSIValue.date($0.value).map(Lookup.date) ?? .unreadable } ?? .missing
        looked.append((name, result))
        return result
    }

    /// The first of `usualNames` the entity has, if it is a date.
    mutating func usualDate() -> DataDate? {
        if let usual { return usual }
        let found = entity.attribute(anyOf: Self.usualNames).flatMap { NGSIValue.date($0.value) }
        usual = .some(found)
        return found
    }
}

/// One entity's contribution to one figure.
private struct Observation {
    var value: Double
    var time: DataDate?
    var unitCode: String?
}

/// The running figures of one rule: enough for every aggregate without keeping values.
private struct Tally {
    var count = 0
    var sum = 0.0
    var minimum = Double.infinity
    var maximum = -Double.infinity
    var above = 0
    var latest: DataDate?
    /// The first unit code seen, shown when the rule names no unit.
    var unitCode: String?

    mutating func add(_ observation: Observation, level: Double?) {
        count += 1
        sum += observation.value
        minimum = min(minimum, observation.value)
        maximum = max(maximum, observation.value)
        if let level, observation.value > level { above += 1 }
        if let time = observation.time, latest.map({ time > $0 }) ?? true { latest = time }
        unitCode = unitCode ?? observation.unitCode
    }

    func value(of aggregate: ObservedRule.Aggregate) -> Double? {
        guard count > 0 else { return nil }
        switch aggregate {
        case .mean: return sum / Double(count)
        case .sum: return sum
        case .min: return minimum
        case .max: return maximum
        case .count: return Double(count)
        case .shareAbove: return 100 * Double(above) / Double(count)
        }
    }
}
