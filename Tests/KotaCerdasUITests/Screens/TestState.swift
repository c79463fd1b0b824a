import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasUI

/// States for tests: the fixture city (or a bundled sample) at its own `asOf` time.
enum TestState {
    static let fixture: CityDocument = {
        guard let document = DocumentDecoder.decode(bytes: Array(ScreenFixture.json.utf8)).document else {
            fatalError("the screen fixture must be valid")
        }
        return document
    }()

    /// The bundled sample called `name` and its JSON text, when this build has it.
    static func sample(_ name: String) -> (document: CityDocument, json: String)? {
        guard let path = BundledSamples.path(of: name), let bytes = try? FileReader.read(path: path),
              let document = DocumentDecoder.decode(bytes: bytes).document else { return nil }
        return (document, String(decoding: bytes, as: UTF8.self))
    }

    /// One file source that is fine, one HTTP source failing with a long error, one CKAN
    /// source gone stale and one broker whose read skipped entities, as of `now`.
    static func mixedSources(at now: Date) -> [SourceStatus] {
        [
            SourceStatus(
                id: "file", kind: .file, location: "data/sumenep.json", lastSuccess: now - 120, lastAttempt: now - 120,
                adapter: "kotacerdas/v1"),
            SourceStatus(
                id: "http", kind: .http, location: "https://data.sumenepkab.go.id/api/kotacerdas/v1?key=•••",
                interval: 300, lastSuccess: now - 3 * 3_600, lastAttempt: now - 60,
                lastError: "HTTP 503 Service Unavailable: the gateway did not answer within 10 s; "
                    + "the next attempt follows the backoff schedule, at most every 5 min",
                adapter: "kotacerdas/v1"),
            SourceStatus(
                id: "ckan", kind: .http, location: "https://opendata.jatimprov.go.id/api/3/action/datastore_search?resource_id=f0",
                interval: 600, lastSuccess: now - 4 * 3_600, lastAttempt: now - 4 * 3_600, adapter: "CKAN",
                summary: "12 records · 11 mapped · 1 skipped (total row: 1)"),
            SourceStatus(
                id: "ngsi", kind: .http, location: "http://broker.sumenepkab.go.id:1026/v2/entities?type=AirQualityObserved",
                interval: 60, lastSuccess: now - 30, lastAttempt: now - 30, adapter: "NGSI v2",
                summary: "412 entities · 408 mapped · 4 skipped (pm25 not a number: 3; no dateObserved: 1)"),
        ]
    }

    static func make(
        _ document: CityDocument = fixture, width: Int = 120, height: Int = 40, language: Language = .indonesian,
        route: Route = .home, glyphMode: GlyphMode = .unicode
    ) -> AppState {
        let now = document.asOf?.instant ?? Date(timeIntervalSince1970: 0)
        var state = AppState(
            document: document,
            sources: [SourceStatus(id: "test", kind: .file, location: "test.json", lastSuccess: now)],
            now: now, language: language, themeNames: ["default", "light", "mono"], glyphMode: glyphMode,
            size: TerminalSize(width: width, height: height))
        state.route = route
        return state
    }
}
