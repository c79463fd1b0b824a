import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// FIWARE KeyPerformanceIndicator entities as indicators: the real examples in all four
/// representations, `currentStanding` as the status, and what the config adds.
@Suite struct NGSIKPIMappingTests {
    static let kpiID = "kpi-2016-Ciudad-containers-faults"

    @Test(arguments: NGSIFixture.allForms(of: "KeyPerformanceIndicator"))
    func theExampleKPIMapsTheSameFromEveryRepresentation(file: String) throws {
        let dialect: NGSIDialect = file.hasSuffix(".jsonld") ? .ld : .v2
        let mapped = try NGSIFixture.map([try NGSIFixture.entity(file)], try NGSIFixture.adapter(dialect))
        let (dimension, kpi) = try #require(mapped.indicator(Self.kpiID), "\(mapped.indicatorIDs)")
        #expect(dimension == "governance", "category \"quantitative\" names no dimension: the default")
        #expect(kpi.name.text(in: .english) == "Incidencias-Contenedores-Mensual")
        #expect(kpi.value == 20)
        #expect(kpi.source == "Ayuntamiento de Ciudad")
        #expect(kpi.updatedAt?.text == "2016-06-29T15:59:09.224Z")
        #expect(kpi.description?.text(in: .english) == "Number of incidences raised on containers per month (monthly)")
        #expect(kpi.status == .onTarget, "currentStanding is \"good\"")
        #expect(kpi.target == nil, "the KPI model has no target, and none is invented")
        #expect(mapped.summary == "1 entities · 1 mapped")
        #expect(mapped.problems.isEmpty, "\(mapped.problems)")
    }

    /// The keyValues example with another standing, value and direction.
    static func kpi(standing: String, value: Double = 20, id: String = kpiID) throws -> JSONValue {
        guard case .object(var object) = try NGSIFixture.entity("KeyPerformanceIndicator.example.json") else {
            throw NGSIFixture.MappingFailed(problems: ["the example is not an object"])
        }
        object["id"] = .string(id)
        object["currentStanding"] = .string(standing)
        object["kpiValue"] = .number(value)
        return .object(object)
    }

    @Test(arguments: [
        ("veryGood", IndicatorStatus.onTarget), ("very good", .onTarget), ("good", .onTarget), ("fair", .watch),
        ("bad", .offTarget), ("VERY_BAD", .offTarget), ("excellent", .noData),
    ])
    func currentStandingSetsTheStatusEitherWay(standing: String, status: IndicatorStatus) throws {
        for better in ["higher", "lower"] {
            for value in [20.0, 0, -3.5] {
                let adapter = try NGSIFixture.adapter(config: """
                    [[sources.ngsi.kpi]]
                    match = "\(Self.kpiID)"
                    better = "\(better)"
                    """)
                let mapped = try NGSIFixture.map([try Self.kpi(standing: standing, value: value)], adapter)
                let kpi = try #require(mapped.indicator(Self.kpiID)?.indicator)
                #expect(kpi.status == status, "\(standing), \(better) is better, value \(value)")
                #expect(kpi.value == value, "the value stays the broker's")
                #expect(mapped.problems.isEmpty, "\(mapped.problems)")
            }
        }
    }

    @Test func configuredLevelsWinOverTheStandingAndPlaceTheKPI() throws {
        let adapter = try NGSIFixture.adapter(config: """
            [[sources.ngsi.kpi]]
            match = "Incidencias-Contenedores-Mensual"
            id = "env-container-faults"
            name = { id = "Gangguan kontainer", en = "Container faults" }
            unit = "faults"
            dimension = "environment"
            better = "lower"
            target = 10
            critical = 25
            """)
        let mapped = try NGSIFixture.map([try Self.kpi(standing: "good")], adapter)
        let (dimension, kpi) = try #require(mapped.indicator("env-container-faults"))
        #expect(dimension == "environment")
        #expect(kpi.name.text(in: .indonesian) == "Gangguan kontainer")
        #expect(kpi.unit.text(in: .english) == "faults")
        #expect((kpi.target, kpi.critical, kpi.better) == (10, 25, .lower))
        #expect(kpi.status == .watch, "20 faults: past the target 10, short of the critical 25 — the standing is ignored")
    }

    @Test func aRuleMatchesTheNGSILDIdWithoutItsPrefix() throws {
        let adapter = try NGSIFixture.adapter(.ld, config: """
            [[sources.ngsi.kpi]]
            match = "\(Self.kpiID)"
            dimension = "economy"
            """)
        let mapped = try NGSIFixture.map([try NGSIFixture.entity("KeyPerformanceIndicator.example.jsonld")], adapter)
        #expect(mapped.indicator(Self.kpiID)?.dimension == "economy")
    }

    @Test(arguments: [
        ("category", #"["quantitative", "Smart Mobility"]"#, "mobility"),
        ("kpiCategory", #""Lingkungan Hidup Cerdas""#, "environment"),
        ("category", #"{"type": "Property", "value": ["economy"]}"#, "economy"),
        ("category", #"["leading"]"#, "society"),
    ])
    func aCategoryNamingADimensionPlacesTheKPI(member: String, category: String, dimension: String) throws {
        let adapter = try NGSIFixture.adapter(config: "kpi-dimension = \"society\"\n")
        let entity = try NGSIFixture.json("""
            {"id": "kpi-1", "type": "KeyPerformanceIndicator", "name": "Bus punctuality", "kpiValue": 91,
             "\(member)": \(category)}
            """)
        let mapped = try NGSIFixture.map([entity], adapter)
        #expect(mapped.indicator("kpi-1")?.dimension == dimension)
    }

    @Test func kpisWithoutAValueAreSkippedWithTheReason() throws {
        let entities = try [
            NGSIFixture.json(#"{"id": "kpi-a", "type": "KeyPerformanceIndicator", "name": "A"}"#),
            NGSIFixture.json(#"{"id": "kpi-b", "type": "KeyPerformanceIndicator", "kpiValue": {"type": "Number", "value": "n/a"}}"#),
            NGSIFixture.json(#"{"id": "kpi-c", "type": "KeyPerformanceIndicator", "kpiValue": {"value": " 42.5 "}}"#),
        ]
        let mapped = try NGSIFixture.map(entities, try NGSIFixture.adapter())
        #expect(mapped.summary == "3 entities · 1 mapped · 2 skipped (no kpiValue: 1; kpiValue not a number: 1)")
        #expect(mapped.skipDetails == ["kpi-a: no kpiValue", "kpi-b: kpiValue not a number"])
        let kpi = try #require(mapped.indicator("kpi-c")?.indicator)
        #expect(kpi.value == 42.5, "a number sent as a string, in a wrapper without a type")
        #expect(kpi.name.text(in: .english) == "kpi-c", "no name: the id names it")
    }

    @Test func controlCharactersAndOddIdsAreMadeSane() throws {
        let entity = try NGSIFixture.json(#"""
            {"id": "urn:ngsi-ld:KeyPerformanceIndicator:kota/rapor 2026\u001b[2J", "type": "KeyPerformanceIndicator",
             "name": "Rapor\u001b]0;pwned\u0007\n kinerja\u202e", "kpiValue": 1}
            """#)
        let mapped = try NGSIFixture.map([entity], try NGSIFixture.adapter(.ld))
        let kpi = try #require(mapped.document.dimensions.flatMap(\.indicators).first)
        #expect(kpi.id == "kota-rapor-2026-2J")
        #expect(kpi.name.text(in: .english) == "Rapor ]0;pwned kinerja")
    }

    @Test func aKPISentTwiceIsShownOnceWithItsLaterReading() throws {
        let mapped = try NGSIFixture.map(
            [try Self.kpi(standing: "good", value: 1), try Self.kpi(standing: "bad", value: 2)], try NGSIFixture.adapter())
        #expect(mapped.indicatorIDs == [Self.kpiID])
        #expect(mapped.indicator(Self.kpiID)?.indicator.value == 2)
        #expect(mapped.summary == "2 entities · 1 mapped · 1 skipped (sent twice (the later reading is used): 1)")
    }

    @Test func twoEntitiesWhoseIdsCleanUpAlikeKeepApart() throws {
        let mapped = try NGSIFixture.map(
            [try Self.kpi(standing: "good", id: "kpi one"), try Self.kpi(standing: "good", id: "kpi/one")],
            try NGSIFixture.adapter())
        #expect(mapped.indicatorIDs == ["kpi-one", "kpi-one-2"])
        #expect(mapped.problems.isEmpty, "\(mapped.problems)")
    }

    @Test func kpisBeyondTheBoundAreCountedNotKept() throws {
        let entities = (0...NGSIRead.maximumKPIs).map { index in
            JSONValue.object(JSONObject([
                ("id", .string("kpi-\(index)")), ("type", .string("KeyPerformanceIndicator")), ("kpiValue", .number(1)),
            ]))
        }
        let adapted = try NGSIFixture.adapter().adapt(FetchedPage(body: NGSIFixture.page(entities)))
        #expect(IndicatorKey.indicators(in: adapted.json).count == NGSIRead.maximumKPIs)
        #expect(adapted.summary?.description.hasSuffix("1 skipped (more than 2000 KPIs: 1)") == true)
    }
}
