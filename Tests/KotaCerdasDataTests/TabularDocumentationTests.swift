import Foundation
import Testing
@testable import KotaCerdasData

/// The complete config examples of docs/sources.md for portals and spreadsheets are real
/// configs: they parse, and their adapters accept every setting they show.
@Suite struct TabularDocumentationTests {
    static let sourcesDoc = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/sources.md")

    /// The ```toml blocks of the section headed `title`.
    static func tomlBlocks(inSection title: String) throws -> [String] {
        let text = try String(contentsOf: sourcesDoc, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## \(title)\n").dropFirst().first?
            .components(separatedBy: "\n## ").first, "docs/sources.md has no section \(title)")
        return section.components(separatedBy: "```toml\n").dropFirst().map { $0.components(separatedBy: "```").first ?? "" }
    }

    @Test(arguments: [("CKAN datastore (Satu Data)", AdapterKind.ckan), ("CSV spreadsheets", .csv)])
    func theExampleConfigWorks(section: String, adapter: AdapterKind) throws {
        let blocks = try Self.tomlBlocks(inSection: section)
        #expect(blocks.count == 1)
        for block in blocks {
            let configuration = try ConfigurationParser.parse(block, file: "sources.md")
            let source = try #require(configuration.sources.first)
            #expect(source.adapterKind == adapter)
            let options = try #require(source.adapterOptions, "the example shows the adapter's settings")
            #expect(options.keys.count >= 5)
            _ = try adapter.makeAdapter(options: options)
        }
    }
}
