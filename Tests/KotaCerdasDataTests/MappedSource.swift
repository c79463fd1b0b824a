import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// What an adapter made of a source, laid over the default city as the dashboard lays it,
/// and decoded: the indicators a user would see, and the summary the sources screen shows.
struct MappedSource {
    let adapted: AdaptedDocument
    let document: CityDocument

    init(_ adapted: AdaptedDocument, sourceLocation: SourceLocation = #_sourceLocation) throws {
        self.adapted = adapted
        let merged = DocumentShape.merged([DocumentSkeleton().json, adapted.json])
        let result = DocumentDecoder.decode(merged)
        document = try #require(result.document, "the mapped document does not decode: \(result.problems)", sourceLocation: sourceLocation)
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
    }

    /// The indicator `id` and the id of the dimension it is in.
    func indicator(_ id: String) -> (dimension: String, indicator: Indicator)? {
        for dimension in document.dimensions {
            if let indicator = dimension.indicator(id: id) { return (dimension.id, indicator) }
        }
        return nil
    }

    /// Every mapped indicator's id, in document order.
    var ids: [String] { document.dimensions.flatMap { $0.indicators.map(\.id) } }

    var summary: String { adapted.summary?.description ?? "" }
    var skipDetails: [String] { adapted.summary?.skipDetails ?? [] }

    /// The history as `at=value` texts, oldest first.
    func history(_ id: String) -> [String] {
        indicator(id)?.indicator.history.map { "\($0.at.text)=\($0.value.map(JSONWriter.format) ?? "null")" } ?? []
    }
}

/// Reading the project's test fixtures, which sit beside the tests (`Fixtures/…`).
enum FixtureFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

extension CSVAdapter {
    /// Maps spreadsheet text as the file `name` would be.
    func map(_ text: String, name: String = "kota.csv") throws -> MappedSource {
        try MappedSource(adapt(FetchedPage(body: Array(text.utf8), url: URL(fileURLWithPath: "/srv/" + name))))
    }
}

/// Options as a config file's `[sources.csv]` or `[sources.ckan]` table gives them: the
/// table's lines (`toml`) under a source read by that adapter.
func adapterOptions(_ toml: String, adapter: AdapterKind) throws -> AdapterOptions? {
    let location = adapter == .csv ? "kota.csv" : "ckan+https://portal.example/api/3/action/datastore_search?resource_id=r"
    let text = "[[sources]]\nlocation = \"\(location)\"\n[sources.\(adapter.optionsKey!)]\n" + toml
    return try ConfigurationParser.parse(text, file: "config.toml").sources.first?.adapterOptions
}
