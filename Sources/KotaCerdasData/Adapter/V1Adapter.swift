import Foundation
import KotaCerdasCore

/// Reads kotacerdas/v1 documents as they are: parsed and decoded on their own, so a
/// broken source is blamed by name before its document gets anywhere near the merge.
public struct V1Adapter: SourceAdapter {
    public let name = CityDocument.formatIdentifier
    public let requestHeaders = [RequestHeader(name: "Accept", value: "application/json")]

    public init() {}

    public func makeRead() -> any AdapterRead {
        Read()
    }

    private struct Read: AdapterRead {
        var document: JSONValue?

        func firstURL(for url: URL) -> URL { url }

        mutating func consume(_ page: FetchedPage) throws(AdapterError) -> URL? {
            try PageSniffer.refuseHTML(page)
            switch DocumentCheck.check(page.body, name: nil) {
            case .success(let json): document = json
            case .failure(let problem): throw AdapterError(problem.description)
            }
            return nil
        }

        mutating func finish(cut: String?) throws(AdapterError) -> AdaptedDocument {
            guard let document else { throw AdapterError("no document was read") }
            return AdaptedDocument(json: document, isUpdate: DocumentShape.isPartial(document))
        }
    }
}
