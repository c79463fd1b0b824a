import Foundation
import Testing
@testable import KotaCerdasCore

/// The examples in docs/data-format.md are the contract people copy: they must decode cleanly.
@Suite struct DocumentationExampleTests {
    private static let documentation = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/data-format.md")

    @Test func everyJSONExampleDecodesWithoutProblems() throws {
        let text = try String(contentsOf: Self.documentation, encoding: .utf8)
        let blocks = text.components(separatedBy: "```json\n").dropFirst().map {
            String($0.prefix(while: { $0 != "`" }))
        }
        #expect(blocks.count == 3)
        for block in blocks {
            // A document or a collection of cities, decoded as every reader does.
            let result = CityCollection.decode(try JSONParser.parse(block))
            #expect(result.problems.isEmpty, "\(result.problems)")
        }
    }
}
