import Foundation
import KotaCerdasCore

/// Turns what a transport fetched — a file's bytes, an endpoint's answer, a broker's pages —
/// into a kotacerdas/v1 document, the one representation the store merges, caches and serves.
///
/// Transports (`FileProvider`, `HTTPProvider`) know how to fetch bytes and nothing about
/// formats; an adapter knows one format and nothing about fetching. Each read of a source
/// starts a fresh `AdapterRead`, which takes the pages one by one, so a broker with
/// 100 000 entities is mapped page by page and never held whole.
public protocol SourceAdapter: Sendable {
    /// What reads the source, as the sources screen and `validate` show it: `kotacerdas/v1`,
    /// `NGSI v2`, `NGSI-LD`, `CKAN`, `CSV`.
    var name: String { get }
    /// Headers every request for this source carries (the `Accept` type, tenancy, `Link`).
    var requestHeaders: [RequestHeader] { get }
    /// A new read of the source, from its first page.
    func makeRead() -> any AdapterRead
}

/// One read of a source in progress: pages go in, a document comes out.
public protocol AdapterRead {
    /// The address of the first page, given the source's address: adapters that page add
    /// their paging parameters (`limit`, `offset`, a count request). Files ignore it.
    func firstURL(for url: URL) -> URL
    /// Takes one fetched page. Returns the address of the next page, or nil when the read
    /// is complete. Throws when the page is not of this format at all (an HTML page, an
    /// error document), so the source is reported failing and its last good data kept.
    mutating func consume(_ page: FetchedPage) throws(AdapterError) -> URL?
    /// The document the pages add up to, and what was read and skipped on the way.
    /// `cut` says why the transport stopped paging early, when it did.
    mutating func finish(cut: String?) throws(AdapterError) -> AdaptedDocument
    /// What an answer the transport refuses (an HTTP error status) says itself about what
    /// went wrong, for formats that explain their errors (CKAN's error object); nil, the
    /// default, leaves the transport's status line alone.
    func explainRefusal(_ page: FetchedPage) -> String?
}

extension AdapterRead {
    public func explainRefusal(_ page: FetchedPage) -> String? { nil }
}

/// One page as a transport fetched it.
public struct FetchedPage: Sendable {
    /// The bytes of the file or of the answer's body.
    public var body: [UInt8]
    /// Answer headers by lowercased name; empty for files.
    public var headers: [String: String]
    /// The address fetched; for a file, its `file://` URL (an adapter may name what it
    /// maps after the file).
    public var url: URL?

    public init(body: [UInt8], headers: [String: String] = [:], url: URL? = nil) {
        self.body = body
        self.headers = headers
        self.url = url
    }
}

/// What an adapter made of a source.
public struct AdaptedDocument: Sendable {
    /// A kotacerdas/v1 document: whole, or `"partial": true`.
    public var json: JSONValue
    /// True when the document updates the source's previous contribution (a v1 partial
    /// update) instead of replacing it (everything an adapter maps from a whole read).
    public var isUpdate: Bool
    /// What was read, mapped and skipped; nil for a document read as it is.
    public var summary: ReadSummary?

    public init(json: JSONValue, isUpdate: Bool = false, summary: ReadSummary? = nil) {
        self.json = json
        self.isUpdate = isUpdate
        self.summary = summary
    }
}

/// Why a source's data could not be read at all, in words fit for the sources screen.
public struct AdapterError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension SourceAdapter {
    /// Maps a source that comes in one piece (a file): one page, no paging.
    public func adapt(_ page: FetchedPage) throws(AdapterError) -> AdaptedDocument {
        var read = makeRead()
        let next = try read.consume(page)
        return try read.finish(cut: next == nil ? nil : "a file has no further pages")
    }
}
