import Foundation
import KotaCerdasCore

/// Reads a CKAN resource through `datastore_search` (the Satu Data portals):
/// `ckan+https://PORTAL/api/3/action/datastore_search?resource_id=…`.
///
/// Pages by `offset` until the records that came reach `total`, or a page comes back
/// empty; a total that keeps promising more is cut by the transport's page bound, and
/// the summary says so. The records go through the same `TableMapper` as a spreadsheet's
/// rows. Settings come from the source's `[sources.ckan]` table: the mapping keys of
/// `TableMapping`, and `page-size` (records per request, default 1000).
public struct CKANAdapter: SourceAdapter {
    public let name = AdapterKind.ckan.displayName
    public let requestHeaders = [RequestHeader(name: "Accept", value: "application/json")]
    private let mapping: TableMapping
    private let pageSize: Int?

    public init(options: AdapterOptions? = nil) throws(ConfigurationError) {
        mapping = try TableMapping(options: options, extraKeys: ["page-size"])
        if let options, let size = try options.number("page-size") {
            guard size == size.rounded(), (1...32_000).contains(size) else {
                throw options.error("page-size", "must be a whole number from 1 to 32000")
            }
            pageSize = Int(size)
        } else {
            pageSize = nil
        }
    }

    public func makeRead() -> any AdapterRead {
        Read(mapping: mapping, pageSize: pageSize)
    }

    private struct Read: AdapterRead {
        let mapping: TableMapping
        let pageSize: Int?
        var columns: CKANColumns?
        var mapper: TableMapper?
        var firstOffset = 0
        var received = 0
        var total: Int?
        var totalWasEstimated = false

        func firstURL(for url: URL) -> URL {
            // A `limit` in the address is taken as the page size, an `offset` as where to start.
            let limit = pageSize ?? CKANPaging.number("limit", in: url) ?? CKANPaging.defaultPageSize
            return CKANPaging.url(url, offset: CKANPaging.number("offset", in: url) ?? 0, limit: limit)
        }

        mutating func consume(_ page: FetchedPage) throws(AdapterError) -> URL? {
            let answer = try CKANAnswer(page)
            let offset = CKANPaging.number("offset", in: page.url) ?? firstOffset + received
            if mapper == nil {
                let columns = CKANColumns(answer.fields)
                self.columns = columns
                firstOffset = offset
                mapper = try TableMapper(
                    header: columns.header, firstRow: answer.records.first.flatMap(columns.cells), mapping: mapping,
                    defaultDimension: Self.dimension(answer.resourceID ?? CKANPaging.value("resource_id", in: page.url)),
                    decimal: .point, noun: "records")
            }
            guard let columns else { return nil }
            for (index, record) in answer.records.enumerated() {
                let place = offset + index + 1
                guard let cells = columns.cells(record) else {
                    mapper?.skip("record not an object", record: "record \(place)")
                    continue
                }
                mapper?.add(cells, record: columns.label(record, place: place))
            }
            received += answer.records.count
            total = answer.total
            totalWasEstimated = answer.totalWasEstimated
            // An empty page ends the read whatever the total says; an exact total ends it
            // when reached. An estimated or missing total pages on until a page is empty.
            guard !answer.records.isEmpty else { return nil }
            if let total, !totalWasEstimated, offset + answer.records.count >= total { return nil }
            guard let url = page.url else { return nil }
            let limit = CKANPaging.number("limit", in: url) ?? CKANPaging.defaultPageSize
            return CKANPaging.url(url, offset: offset + answer.records.count, limit: limit)
        }

        func explainRefusal(_ page: FetchedPage) -> String? {
            (try? JSONParser.parse(page.body)).flatMap(CKANAnswer.errorMessage)
        }

        mutating func finish(cut: String?) throws(AdapterError) -> AdaptedDocument {
            guard let mapper else { throw AdapterError("no CKAN answer was read") }
            var document = mapper.finish()
            if let cut { document.summary?.note(cut) }
            if let total {
                let expected = total - firstOffset
                if totalWasEstimated {
                    document.summary?.note("the portal estimated \(total) records")
                } else if received != expected {
                    document.summary?.note("the portal said \(total) records; \(firstOffset + received) came")
                }
            }
            return document
        }

        /// The dimension of the resource's indicators when neither a column nor the config
        /// names one: `ckan-` and the first part of the resource id (`ckan-f08781dd`).
        static func dimension(_ resourceID: String?) -> String {
            guard let resourceID, let head = IdentifierText.slug(String(resourceID.prefix { $0 != "-" })) else { return "ckan" }
            return "ckan-" + head
        }
    }
}
