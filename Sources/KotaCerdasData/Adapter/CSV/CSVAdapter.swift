import Foundation
import KotaCerdasCore

/// Reads a CSV spreadsheet of indicator values, from a file (`kota.csv`, reloaded when
/// saved) or over HTTP (`csv+https://…`): long (`indikator,tanggal,nilai[,satuan]`) or
/// wide (periods as columns), `,` or `;` delimited, with or without a byte-order mark.
///
/// The rows go through the same `TableMapper` as a CKAN resource's records. Settings come
/// from the source's `[sources.csv]` table: the mapping keys of `TableMapping`, and
/// `delimiter` (`","`, `";"` or `"\t"`) where detecting it from the header is not wanted.
public struct CSVAdapter: SourceAdapter {
    public let name = AdapterKind.csv.displayName
    public let requestHeaders = [RequestHeader(name: "Accept", value: "text/csv, text/plain;q=0.9, */*;q=0.5")]
    private let mapping: TableMapping
    private let delimiter: UInt8?

    public init(options: AdapterOptions? = nil) throws(ConfigurationError) {
        mapping = try TableMapping(options: options, extraKeys: ["delimiter"])
        if let options, let written = try options.string("delimiter") {
            guard let byte = CSVDelimiter.named[written.lowercased()] else {
                throw options.error("delimiter", "must be \",\", \";\" or \"\\t\"")
            }
            delimiter = byte
        } else {
            delimiter = nil
        }
    }

    public func makeRead() -> any AdapterRead {
        Read(mapping: mapping, delimiter: delimiter)
    }

    private struct Read: AdapterRead {
        let mapping: TableMapping
        let delimiter: UInt8?
        var document: AdaptedDocument?

        func firstURL(for url: URL) -> URL { url }

        mutating func consume(_ page: FetchedPage) throws(AdapterError) -> URL? {
            try PageSniffer.refuseHTML(page, expected: "CSV")
            document = try CSVTable.map(
                page.body, mapping: mapping, delimiter: delimiter, defaultDimension: CSVTable.dimension(for: page.url))
            return nil
        }

        mutating func finish(cut: String?) throws(AdapterError) -> AdaptedDocument {
            guard let document else { throw AdapterError("no spreadsheet was read") }
            return document
        }
    }
}
