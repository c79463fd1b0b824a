import Foundation
import Testing
@testable import KotaCerdasData

/// The `[sources.ngsi]` table: tenancy headers for each API, and every mistake named by its key.
@Suite struct NGSISettingsTests {
    static func headers(_ adapter: NGSIAdapter) -> [String: String] {
        Dictionary(adapter.requestHeaders.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    @Test func v2TenancyGoesInFiwareHeaders() throws {
        let adapter = try NGSIFixture.adapter(.v2, config: "service = \"sumenep\"\nservice-path = \"/lingkungan\"\n")
        #expect(Self.headers(adapter) == [
            "Accept": "application/json", "Fiware-Service": "sumenep", "Fiware-ServicePath": "/lingkungan",
        ])
    }

    @Test func ldTenantAndContextGoInTheirHeaders() throws {
        let adapter = try NGSIFixture.adapter(.ld, config: "tenant = \"sumenep\"\ncontext = \"https://kota.example/context.jsonld\"\n")
        #expect(Self.headers(adapter) == [
            "Accept": "application/json", "NGSILD-Tenant": "sumenep",
            "Link": "<https://kota.example/context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"",
        ])
    }

    static func error(_ dialect: NGSIDialect = .v2, _ config: String) -> String? {
        do {
            _ = try NGSIFixture.adapter(dialect, config: config)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        (NGSIDialect.ld, "service = \"x\"", "sources[1].ngsi.service: does not apply to an NGSI-LD source; NGSI-LD uses tenant and context"),
        (.v2, "tenant = \"x\"", "sources[1].ngsi.tenant: does not apply to an NGSI v2 source; NGSI v2 uses service and service-path"),
        (.v2, "service-path = \"lingkungan\"", "sources[1].ngsi.service-path: must start with \"/\", e.g. \"/lingkungan\""),
        (.v2, "service = \"a\\r\\nX-Evil: 1\"", "sources[1].ngsi.service: must be a non-empty text without line breaks or control characters"),
        (.v2, "page-size = 0", "sources[1].ngsi.page-size: must be a whole number from 1 to 10000"),
        (.v2, "pagesize = 10", "sources[1].ngsi.pagesize: unknown key"),
        (.v2, "[[sources.ngsi.kpi]]\nbetter = \"lower\"", "sources[1].ngsi.kpi[1].match: required: the KPI's entity id or name"),
        (.v2, "[[sources.ngsi.kpi]]\nmatch = \"k\"\nbetter = \"target\"", "sources[1].ngsi.kpi[1].target: required when better = \"target\""),
        (.v2, "[[sources.ngsi.kpi]]\nmatch = \"k\"\nbetter = \"up\"", "sources[1].ngsi.kpi[1].better: unknown value \"up\""),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"Streetlight\"\nattribute = \"power\"\ndimension = \"living\"",
         "sources[1].ngsi.observed[1].better: required for a new rule"),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"Streetlight\"\nattribute = \"power\"\nbetter = \"lower\"",
         "sources[1].ngsi.observed[1].dimension: required: Streetlight has no default dimension"),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"Streetlight\"\nbetter = \"lower\"\ndimension = \"living\"",
         "sources[1].ngsi.observed[1].attribute: required unless aggregate = \"count\""),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"AirQualityObserved\"\nattribute = \"pm1\"\naggregate = \"share-above\"\nbetter = \"lower\"",
         "sources[1].ngsi.observed[1].level: required when aggregate = \"share-above\""),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"AirQualityObserved\"\nattribute = \"pm1\"\nbetter = \"lower\"\nid = \"ngsi-air-pm25\"",
         "sources[1].ngsi.observed[1].id: \"ngsi-air-pm25\" is already the id of the AirQualityObserved pm25 indicator"),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"AirQualityObserved\"\nattribute = \"pm25\"\nid = \"air quality\"",
         "sources[1].ngsi.observed[1].id: \"air quality\" is not an id"),
        (.v2, "[[sources.ngsi.observed]]\ntype = \"AirQualityObserved\"\nattribute = \"pm25\"\nname = 3",
         "sources[1].ngsi.observed[1].name: must be a text, or { id = \"…\", en = \"…\" }"),
    ])
    func mistakesAreNamedByTheirKey(dialect: NGSIDialect, config: String, message: String) {
        let error = Self.error(dialect, config + "\n")
        #expect(error?.contains(message) == true, "got: \(error ?? "no error")")
    }
}

/// The config example of docs/sources.md is a working configuration.
@Suite struct NGSIDocumentationTests {
    @Test func theDocumentedConfigExampleIsValid() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/sources.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## FIWARE NGSI v2 and NGSI-LD").last)
        let toml = try #require(section.components(separatedBy: "```toml\n").dropFirst().first?.components(separatedBy: "```").first)
        let configuration = try ConfigurationParser.parse(toml, file: "sources.md")
        let source = try #require(configuration.sources.first)
        let provider = try #require(try ProviderFactory.makeProvider(for: source, environment: ["ORION_TOKEN": "t"]) as? HTTPProvider)
        #expect(provider.descriptor.adapter == "NGSI v2")
        let ngsi = try NGSIAdapter(dialect: .v2, options: source.adapterOptions)
        #expect(ngsi.settings.kpiRules.map(\.indicatorID) == ["env-waste-complaints"])
        #expect(ngsi.settings.observedRules.first { $0.attribute == "pm25" }?.judgement.target == 25)
        #expect(ngsi.settings.observedRules.last?.indicatorID == "liv-streetlights-high-power")
    }
}
