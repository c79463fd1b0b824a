import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// How a source picks the adapter that reads it, and how the config carries an adapter's settings.
@Suite struct AdapterSelectionTests {
    func configuration(_ text: String) throws -> Configuration {
        try ConfigurationParser.parse(text, file: "config.toml")
    }

    @Test(arguments: [
        ("ngsi-v2+http://broker:1026/v2/entities?type=AirQualityObserved", AdapterKind.ngsiV2, "http://broker:1026/v2/entities?type=AirQualityObserved"),
        ("NGSI-LD+https://broker/ngsi-ld/v1/entities?type=WasteContainer", .ngsiLD, "https://broker/ngsi-ld/v1/entities?type=WasteContainer"),
        ("ckan+https://data.kaltimprov.go.id/api/3/action/datastore_search?resource_id=f0", .ckan, "https://data.kaltimprov.go.id/api/3/action/datastore_search?resource_id=f0"),
        ("csv+https://example.id/kota.csv@5m", .csv, "https://example.id/kota.csv"),
    ])
    func aPrefixNamesTheAdapterAndIsNotPartOfTheAddress(spec: String, kind: AdapterKind, url: String) throws {
        let parsed = try SourceSpec.parse(spec)
        #expect(parsed.adapter == kind)
        #expect(parsed.location == .http(URL(string: url)!))
        #expect(parsed.id.hasPrefix(kind.rawValue + "+"), "two adapters on one address are two sources")
    }

    @Test func aFileNamedCSVIsReadAsASpreadsheetAndEverythingElseAsKotacerdas() throws {
        #expect(SourceConfiguration(spec: try SourceSpec.parse("data/Indikator.CSV")).adapterKind == .csv)
        #expect(SourceConfiguration(spec: try SourceSpec.parse("data/kota.json")).adapterKind == .v1)
        #expect(SourceConfiguration(spec: try SourceSpec.parse("https://example.id/kota")).adapterKind == .v1)
    }

    @Test func anUnknownSchemeListsThePrefixes() {
        #expect(throws: SourceSpecError.self) { try SourceSpec.parse("mqtt://broker/topic") }
        do {
            _ = try SourceSpec.parse("mqtt://broker/topic")
        } catch {
            #expect(error.reason.contains("ngsi-v2+"))
        }
    }

    @Test func theConfigNamesTheAdapterAndHandsItsTableOverAsIs() throws {
        let configuration = try configuration("""
            [[sources]]
            location = "http://broker:1026/v2/entities"
            adapter = "ngsi-v2"
            [sources.ngsi]
            service = "sumenep"
            limits = [1, 2.5]
            [[sources.ngsi.observed]]
            type = "AirQualityObserved"
            """)
        let source = try #require(configuration.sources.first)
        #expect(source.adapterKind == .ngsiV2)
        let options = try #require(source.adapterOptions)
        #expect(options.path == "sources[1].ngsi")
        #expect(try options.string("service") == "sumenep")
        #expect(options.json["limits"] == .array([.number(1), .number(2.5)]))
        #expect(try options.tables("observed").first?.string("type") == "AirQualityObserved")
        #expect(try options.tables("observed").first?.path == "sources[1].ngsi.observed[1]")
    }

    @Test func contradictionsAndMisplacedTablesAreRefusedByName() throws {
        #expect(throws: ConfigurationError.self) {
            try configuration("[[sources]]\nlocation = \"ckan+http://portal/api\"\nadapter = \"csv\"\n")
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].adapter: unknown adapter \"orion\"; expected one of kotacerdas, ngsi-v2, ngsi-ld, ckan, csv")) {
            try configuration("[[sources]]\nlocation = \"http://portal/api\"\nadapter = \"orion\"\n")
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].csv: belongs to another adapter; this source is read by \"kotacerdas\"")) {
            try configuration("[[sources]]\nlocation = \"kota.json\"\n[sources.csv]\ndelimiter = \";\"\n")
        }
    }

    @Test func theCityTableIsReadAndUnknownKeysRefused() throws {
        let city = try configuration("[city]\nid = \"sumenep\"\nname = \"Kabupaten Sumenep\"\nframework = \"kominfo\"\n").city
        #expect(city == CityConfiguration(id: "sumenep", name: "Kabupaten Sumenep", framework: "kominfo"))
        #expect(throws: ConfigurationError.self) { try configuration("[city]\nmayor = \"x\"\n") }
    }

    @Test func adapterOptionsAreStrictAndNameTheKey() throws {
        let options = AdapterOptions(JSONObject([("aggregate", .string("median")), ("level", .string("high"))]),
                                     path: "sources[2].ngsi.observed[1]", file: "config.toml")
        enum Aggregate: String, CaseIterable { case mean, sum }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[2].ngsi.observed[1].aggregate: unknown value \"median\"; allowed: \"mean\", \"sum\"")) {
            try options.choice("aggregate", Aggregate.self)
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[2].ngsi.observed[1].level: must be a number")) {
            try options.number("level")
        }
        #expect(throws: ConfigurationError.self) { try options.allowOnly(["aggregate"]) }
    }
}

/// What the store does with a source that only brings indicators.
@Suite struct MappedSourceStoreTests {
    static let airQuality = IndicatorDraft.partialDocument([
        (dimension: "environment", indicator: IndicatorDraft(
            id: "pm25-mean", name: LocalizedText(byLanguage: ["id": "PM2,5 rata-rata", "en": "Mean PM2.5"]),
            unit: LocalizedText("µg/m³"), value: 31.5, better: .lower, updatedAt: "2026-11-30T08:00:00+07:00")),
        (dimension: "energy", indicator: IndicatorDraft(id: "kwh", name: LocalizedText("Listrik"), value: 12)),
    ])

    func mapped(_ json: JSONValue, summary: String) -> ProviderUpdate {
        var read = ReadSummary(noun: "entities")
        read.countMapped()
        read.countSkipped(summary, record: "urn:x")
        return .adapted(AdaptedDocument(json: json, summary: read), at: Date())
    }

    @Test func aBrokerAloneShowsItsIndicatorsInTheConfiguredCitysDimensions() async throws {
        let broker = ScriptedProvider("broker")
        let skeleton = DataStack.skeleton(for: CityConfiguration(id: "sumenep", name: "Kabupaten Sumenep"))
        let store = SnapshotStore(providers: [broker], skeleton: skeleton)
        await store.start()
        broker.send(mapped(Self.airQuality, summary: "pm25 not a number"))
        let merged = try await snapshot(of: store) { _ in true }
        #expect(merged.document.city.name == "Kabupaten Sumenep")
        #expect(merged.document.dimensions.map(\.id) == ["governance", "living", "environment", "society", "economy", "mobility", "energy"])
        #expect(merged.document.dimension(id: "environment")?.indicator(id: "pm25-mean")?.value == 31.5)
        #expect(merged.document.dimension(id: "energy")?.name.text(in: .english) == "Other (energy)")
        #expect(merged.sources[0].summary == "2 entities · 1 mapped · 1 skipped (pm25 not a number: 1)")
        await store.stop()
    }

    @Test func aMappedReadReplacesTheSourcesLastOneSoRemovedEntitiesGo() async throws {
        let broker = ScriptedProvider("broker")
        let store = SnapshotStore(providers: [broker], skeleton: DocumentSkeleton())
        await store.start()
        broker.send(mapped(Self.airQuality, summary: "x"))
        _ = try await snapshot(of: store) { $0.document.dimension(id: "energy") != nil }
        let fewer = IndicatorDraft.partialDocument([
            (dimension: "environment", indicator: IndicatorDraft(id: "pm25-mean", name: LocalizedText("PM2.5"), value: 20, better: .lower)),
        ])
        broker.send(mapped(fewer, summary: "x"))
        let after = try await snapshot(of: store) { $0.document.dimension(id: "environment")?.indicator(id: "pm25-mean")?.value == 20 }
        #expect(after.document.dimension(id: "energy") == nil)
        #expect(after.document.city.name == DocumentSkeleton.defaultCityName)
        await store.stop()
    }

    @Test func withAKotacerdasSourceTheDocumentIsTheCityAndNoSkeletonIsLaid() throws {
        let mixed = Configuration(sources: [
            SourceConfiguration(spec: try SourceSpec.parse("kota.json")),
            SourceConfiguration(spec: try SourceSpec.parse("ngsi-v2+http://broker/v2/entities")),
        ])
        #expect(DataStack.skeleton(for: mixed, demo: false) == nil)
        var brokerOnly = mixed
        brokerOnly.sources.removeFirst()
        #expect(DataStack.skeleton(for: brokerOnly, demo: false) != nil)
    }
}
