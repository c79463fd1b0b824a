import Foundation
import KotaCerdasCore
@testable import KotaCerdasData

/// The FIWARE example payloads in `Fixtures/fiware/` (see the README there), and the way
/// the NGSI tests look at what the adapter made of them: laid over a city skeleton and
/// decoded, as the dashboard would see it.
enum NGSIFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fiware")

    /// One example entity, e.g. `KeyPerformanceIndicator.example-normalized.jsonld`.
    static func entity(_ file: String) throws -> JSONValue {
        try JSONParser.parse(String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
    }

    /// The four representations of a model that has them all.
    static func allForms(of model: String) -> [String] {
        ["json", "jsonld"].flatMap { ext in ["example", "example-normalized"].map { "\(model).\($0).\(ext)" } }
    }

    /// A page as a broker sends it: a JSON array of entities.
    static func page(_ entities: [JSONValue]) -> [UInt8] {
        Array(JSONWriter.write(.array(entities)).utf8)
    }

    /// `text` parsed; for entities written inline in a test.
    static func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text)
    }

    /// The adapter for `dialect`, configured with a `[sources.ngsi]` table written in TOML.
    static func adapter(_ dialect: NGSIDialect = .v2, config: String = "") throws -> NGSIAdapter {
        let location = dialect == .v2 ? "ngsi-v2+http://broker:1026/v2/entities" : "ngsi-ld+http://broker/ngsi-ld/v1/entities"
        let text = "[[sources]]\nlocation = \"\(location)\"\n[sources.ngsi]\n" + config
        let source = try ConfigurationParser.parse(text, file: "config.toml").sources[0]
        return try NGSIAdapter(dialect: dialect, options: source.adapterOptions)
    }

    /// What one page of `entities` maps to.
    static func map(_ entities: [JSONValue], _ adapter: NGSIAdapter) throws -> Mapped {
        let adapted = try adapter.adapt(FetchedPage(body: page(entities)))
        let merged = DocumentShape.merged([DocumentSkeleton().json, adapted.json])
        let decoded = DocumentDecoder.decode(merged)
        guard let document = decoded.document else {
            throw MappingFailed(problems: decoded.problems.map(\.description))
        }
        return Mapped(adapted: adapted, document: document, problems: decoded.problems.map(\.description))
    }

    struct MappingFailed: Error {
        let problems: [String]
    }

    /// A mapped read: the summary, and the indicators by dimension.
    struct Mapped {
        let adapted: AdaptedDocument
        let document: CityDocument
        let problems: [String]

        var summary: String { adapted.summary?.description ?? "" }
        var skipDetails: [String] { adapted.summary?.skipDetails ?? [] }

        /// The indicator with `id` and the dimension it is in.
        func indicator(_ id: String) -> (dimension: String, indicator: Indicator)? {
            for dimension in document.dimensions {
                if let indicator = dimension.indicator(id: id) { return (dimension.id, indicator) }
            }
            return nil
        }

        var indicatorIDs: [String] { document.dimensions.flatMap { $0.indicators.map(\.id) } }
    }
}
