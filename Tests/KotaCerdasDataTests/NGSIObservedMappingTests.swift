import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// Observed entities as city-wide figures: the real examples of each default type, and the
/// ways real payloads differ from the specifications.
@Suite struct NGSIObservedMappingTests {
    static func all(_ model: String, forms: [String]? = nil) throws -> [JSONValue] {
        try (forms ?? NGSIFixture.allForms(of: model)).map { try NGSIFixture.entity($0) }
    }

    @Test func airQualityExamplesGiveTheMeansTheyHave() throws {
        let mapped = try NGSIFixture.map(try Self.all("AirQualityObserved"), try NGSIFixture.adapter())
        let (dimension, index) = try #require(mapped.indicator("ngsi-air-index"))
        #expect(dimension == "environment")
        #expect(index.value == 65)
        #expect(index.updatedAt?.text == "2016-03-15T11:00:00Z", "a date-time without an offset is taken as UTC")
        #expect(index.description?.text(in: .english) == "mean of airQualityIndex over 4 AirQualityObserved entities")
        // no2 is in three of the examples; the v2 keyValues one has co2 instead.
        let no2 = try #require(mapped.indicator("ngsi-air-no2")?.indicator)
        #expect(no2.value == 69)
        #expect(no2.unit.text(in: .english) == "µg/m³")
        #expect(no2.status == .offTarget, "69 µg/m³ is past the 65 µg/m³ critical level")
        #expect(mapped.indicator("ngsi-air-pm25") == nil, "no example has pm25")
        #expect(mapped.summary == "4 entities · 4 mapped · no AirQualityObserved had a readable pm25 or pm10")
        #expect(mapped.problems.isEmpty, "\(mapped.problems)")
    }

    @Test func trafficExamplesReadAnIntervalAsItsEnd() throws {
        let mapped = try NGSIFixture.map(try Self.all("TrafficFlowObserved"), try NGSIFixture.adapter())
        let (dimension, speed) = try #require(mapped.indicator("ngsi-traffic-speed"))
        #expect(dimension == "mobility")
        #expect(speed.value == 52.6)
        #expect(speed.updatedAt?.text == "2016-12-07T11:15:00Z", "the end of 2016-12-07T11:10:00/2016-12-07T11:15:00")
        #expect(mapped.indicator("ngsi-traffic-volume")?.indicator.value == Double(4 * 197))
    }

    @Test func waterExamplesGiveThePHAgainstItsRange() throws {
        let mapped = try NGSIFixture.map(
            try Self.all("WaterQualityObserved", forms: ["WaterQualityObserved.example.json", "WaterQualityObserved.example-normalized.jsonld"]),
            try NGSIFixture.adapter())
        let ph = try #require(mapped.indicator("ngsi-water-ph")?.indicator)
        #expect(ph.value == 7.4)
        #expect(ph.status == .onTarget, "7.4 is within 6–9")
        #expect(ph.updatedAt?.text == "2017-01-31T06:45:00Z", "an NGSI-LD {\"@type\": \"DateTime\", \"@value\": …} date")
    }

    @Test func wasteExamplesCountTheFullShareAndSkipTheContainerWithoutALevel() throws {
        let mapped = try NGSIFixture.map(
            try Self.all("WasteContainer", forms: ["WasteContainer.example.json", "WasteContainer.example-normalized.jsonld"]),
            try NGSIFixture.adapter())
        let full = try #require(mapped.indicator("ngsi-waste-full")?.indicator)
        #expect(full.value == 0, "the one container with a level is 40 % full")
        #expect(full.unit.text(in: .english) == "%")
        #expect(mapped.summary == "2 entities · 1 mapped · 1 skipped (no fillingLevel: 1)")
        #expect(mapped.skipDetails == ["urn:ngsi-ld:wastecontainer:1021:AAWD: no fillingLevel"])
    }

    @Test func parkingExamplesAddUpFreeSpacesEvenWithoutAttributeTypes() throws {
        let mapped = try NGSIFixture.map(
            try Self.all("OnStreetParking", forms: ["OnStreetParking.example.json", "OnStreetParking.example-normalized.json"]),
            try NGSIFixture.adapter())
        let (dimension, free) = try #require(mapped.indicator("ngsi-parking-free"))
        #expect(dimension == "mobility")
        #expect(free.value == 6, "3 + 3: the normalized example's attributes have no \"type\"")
        #expect(free.updatedAt?.text == "2021-03-11T15:51:02+05:30", "the latest time of the two")
    }

    /// Entities the way brokers in the field send them.
    static let quirky = [
        #"{"id": "aq-1", "type": "AirQualityObserved", "dateObserved": "2026-11-01T08:00:00+07:00", "pm25": 30}"#,
        #"{"id": "aq-2", "type": "AirQualityObserved", "dateObserved": {"@type": "DateTime", "@value": "2026-11-01T09:00:00+07:00"}, "PM2.5": "42"}"#,
        #"{"id": "aq-3", "type": "AirQualityObserved", "dateObserved": {"type": "DateTime", "value": "2026-11-01T07:00:00Z"}, "pm2_5": {"value": 18, "metadata": {"unitCode": {"value": "GQ"}}}}"#,
        #"{"id": "aq-4", "type": "AirQualityObserved", "dateObserved": "2026-11-01T08:00:00Z", "pm25": "n/a"}"#,
        #"{"id": "aq-5", "type": "AirQualityObserved", "dateObserved": "2026-11-01T08:00:00Z", "pm25": {"type": "Number", "value": null}}"#,
        #"{"id": "aq-6", "type": "AirQualityObserved", "dateObserved": "2026-11-01T08:00:00Z", "pm25": true, "pm10": "x"}"#,
        #"{"id": "aq-7", "type": "AirQualityObserved", "pm25": 25}"#,
        #"{"id": "aq-8", "type": "AirQualityObserved", "dateObserved": "yesterday", "pm25": 25}"#,
        #"{"id": "urn:ngsi-ld:AirQualityObserved:aq-9", "type": "https://smartdatamodels.org/dataModel.Environment/AirQualityObserved", "https://smartdatamodels.org/dataModel.Environment/pm25": {"type": "Property", "value": 27, "observedAt": "2026-11-01T10:00:00Z"}}"#,
        #"{"id": "lamp-1", "type": "Streetlight", "powerState": "on"}"#,
        #"{"id": "anon"}"#,
        #"[1, 2]"#,
    ]

    @Test func whatBrokersReallySendIsReadOrSkippedWithTheReason() throws {
        let mapped = try NGSIFixture.map(try Self.quirky.map(NGSIFixture.json), try NGSIFixture.adapter(.ld))
        let pm25 = try #require(mapped.indicator("ngsi-air-pm25")?.indicator)
        // 30, "42", 18 under PM2.5 and pm2_5, a boolean read as 1, and an expanded NGSI-LD name dated by observedAt.
        #expect(pm25.value == 23.6)
        #expect(pm25.description?.text(in: .english) == "mean of pm25 over 5 AirQualityObserved entities")
        #expect(pm25.updatedAt?.text == "2026-11-01T10:00:00Z", "the latest observation")
        #expect(mapped.summary == "12 entities · 5 mapped · 7 skipped (pm25 not a number: 2; no dateObserved: 1; "
            + "dateObserved not a date: 1; no mapping for type Streetlight: 1; no type: 1; not an entity: 1) · "
            + "no AirQualityObserved had a readable pm10, no2 or airQualityIndex")
        #expect(mapped.skipDetails.contains("aq-4: pm25 not a number"))
        #expect(mapped.skipDetails.contains("aq-7: no dateObserved"))
        #expect(mapped.skipDetails.contains("anon: no type"))
    }

    @Test func falseAndZeroAreTheSameReading() throws {
        let adapter = try NGSIFixture.adapter(config: """
            [[sources.ngsi.observed]]
            type = "AirQualityObserved"
            attribute = "precipitation"
            aggregate = "max"
            better = "lower"
            """)
        // The v2 normalized example says false, the keyValues one and both NGSI-LD ones 0.
        let mapped = try NGSIFixture.map(try Self.all("AirQualityObserved"), adapter)
        let rain = try #require(mapped.indicator("ngsi-airqualityobserved-precipitation-max"))
        #expect(rain.indicator.value == 0)
        #expect(rain.indicator.description?.text(in: .english) == "max of precipitation over 4 AirQualityObserved entities")
        #expect(rain.dimension == "environment", "the type's default dimension")
    }

    @Test func aConfiguredRuleTakesTheUnitCodeTheBrokerSends() throws {
        let adapter = try NGSIFixture.adapter(config: """
            [[sources.ngsi.observed]]
            type = "AirQualityObserved"
            attribute = "CO"
            id = "env-co"
            name = { id = "Rata-rata CO", en = "Mean CO" }
            better = "lower"
            """)
        let mapped = try NGSIFixture.map(
            [try NGSIFixture.entity("AirQualityObserved.example-normalized.json")], adapter)
        let co = try #require(mapped.indicator("env-co")?.indicator)
        #expect(co.value == 500, "\"CO\" finds \"co\"")
        #expect(co.unit.text(in: .english) == "mg/m³", "unitCode GP")
        #expect(co.name.text(in: .indonesian) == "Rata-rata CO")
    }

    @Test func aRuleChangesADefaultAndAnotherAddsAType() throws {
        let adapter = try NGSIFixture.adapter(config: """
            [[sources.ngsi.observed]]
            type = "AirQualityObserved"
            attribute = "airQualityIndex"
            target = 50
            dimension = "living"

            [[sources.ngsi.observed]]
            type = "Streetlight"
            aggregate = "count"
            id = "ngsi-streetlights"
            name = "Streetlights reporting"
            dimension = "living"
            better = "higher"

            [[sources.ngsi.observed]]
            type = "WasteContainer"
            attribute = "fillingLevel"
            level = 0.3
            """)
        let entities = try Self.all("AirQualityObserved") + [
            NGSIFixture.json(#"{"id": "lamp-1", "type": "Streetlight"}"#),
            NGSIFixture.json(#"{"id": "lamp-2", "type": "Streetlight"}"#),
            NGSIFixture.entity("WasteContainer.example.json"),
        ]
        let mapped = try NGSIFixture.map(entities, adapter)
        let (dimension, index) = try #require(mapped.indicator("ngsi-air-index"))
        #expect((dimension, index.target, index.better) == ("living", 50, .lower), "a changed default keeps what it does not set")
        #expect(index.status == .offTarget, "65 against a target of 50 and the default critical level")
        #expect(mapped.indicator("ngsi-streetlights")?.indicator.value == 2)
        #expect(mapped.indicator("ngsi-waste-full")?.indicator.value == 100, "40 % full is above the configured 0.3")
    }

    @Test func withoutTheDefaultsOnlyConfiguredRulesMap() throws {
        let adapter = try NGSIFixture.adapter(config: """
            observed-defaults = false

            [[sources.ngsi.observed]]
            type = "OnStreetParking"
            attribute = "totalSpotNumber"
            aggregate = "sum"
            dimension = "mobility"
            better = "higher"
            """)
        let mapped = try NGSIFixture.map(
            try Self.all("AirQualityObserved") + [try NGSIFixture.entity("OnStreetParking.example.json")], adapter)
        #expect(mapped.indicatorIDs == ["ngsi-onstreetparking-totalspotnumber-sum"])
        #expect(mapped.summary == "5 entities · 1 mapped · 4 skipped (no mapping for type AirQualityObserved: 4)")
    }

    @Test func aBrokerErrorDocumentIsNamed() throws {
        let adapter = try NGSIFixture.adapter(.ld)
        let error = #"{"type": "https://uri.etsi.org/ngsi-ld/errors/BadRequestData", "title": "Invalid query", "detail": "unknown attribute"}"#
        #expect(throws: AdapterError("the broker answered: Invalid query: unknown attribute")) {
            try adapter.adapt(FetchedPage(body: Array(error.utf8)))
        }
        #expect {
            try adapter.adapt(FetchedPage(body: Array("[".utf8)))
        } throws: { error in
            (error as? AdapterError)?.message.hasPrefix("not JSON: line 1, column ") == true
        }
    }
}
