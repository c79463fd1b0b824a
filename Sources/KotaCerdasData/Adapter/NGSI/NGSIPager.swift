import Foundation

/// Walks a broker's entities with `limit` and `offset`, asking for the total with each
/// page, and decides after each page whether there is another.
///
/// Brokers cap `limit` (Orion at 1 000) and some send fewer entities than asked, so the
/// offset advances by what actually came and a short page never ends the read while the
/// total says more. An empty page always ends it. Without a total (a broker that ignores
/// the count request) the read goes on to the first empty page. A broker that ignores
/// `offset` and sends the same page again is stopped at once; one whose total lies the
/// other way, or that pages forever, is cut by the transport (`HTTPProvider.maximumPages`).
struct NGSIPager {
    let dialect: NGSIDialect
    /// The source's address, as given.
    private let source: URL
    private var components: URLComponents
    private(set) var offset: Int
    private let startOffset: Int
    let pageSize: Int
    /// The total the broker last reported; nil when it sent none.
    private(set) var reportedTotal: Int?
    /// Entities received so far.
    private(set) var received = 0
    private var previousFirstID: String?
    /// Why the read ended otherwise than by reaching the total, for the summary.
    private(set) var note: String?

    /// The pages of `url`: its own `limit` and `offset` are kept (a `limit` above the
    /// page size is lowered to it), other query items pass through (`type`, `q`, `options=keyValues`).
    init(url: URL, dialect: NGSIDialect, pageSize: Int) {
        self.dialect = dialect
        source = url
        components = URLComponents(url: url, resolvingAgainstBaseURL: false) ?? URLComponents()
        let items = components.queryItems ?? []
        let given = { (name: String) in items.last { $0.name == name }?.value.flatMap { Int($0) }.map { max(0, $0) } }
        self.pageSize = max(1, min(pageSize, given("limit") ?? pageSize))
        startOffset = given("offset") ?? 0
        offset = startOffset
        components.queryItems = Self.withCount(items.filter { $0.name != "limit" && $0.name != "offset" }, dialect: dialect)
    }

    /// The address of the page at the current offset.
    var url: URL {
        var page = components
        page.queryItems = (page.queryItems ?? []) + [
            URLQueryItem(name: "limit", value: String(pageSize)), URLQueryItem(name: "offset", value: String(offset)),
        ]
        // Components taken from a valid URL make one again; the source's address is a safe fallback.
        return page.url ?? source
    }

    /// What to do with a page: whether its entities count, and the next page's address
    /// (nil when the read is complete).
    struct Decision: Equatable {
        var takesEntities: Bool
        var next: URL?
    }

    /// Takes note of a page of `count` entities, the first with id `firstID`.
    mutating func decide(afterPage count: Int, firstID: String?, headers: [String: String]) -> Decision {
        if let text = headers[dialect.totalHeader] {
            reportedTotal = Int(text.trimmingCharacters(in: .whitespaces)).map { max(0, $0) } ?? reportedTotal
        }
        guard count > 0 else {
            if let total = reportedTotal, startOffset + received < total {
                note = "the broker reported \(total) entities but sent \(received)"
            }
            return Decision(takesEntities: false, next: nil)
        }
        if let firstID, firstID == previousFirstID {
            note = "the broker sent the same page again (it ignores offset); read stopped after \(received) entities"
            return Decision(takesEntities: false, next: nil)
        }
        previousFirstID = firstID
        received += count
        offset += count
        let done = reportedTotal.map { offset >= $0 } ?? false
        return Decision(takesEntities: true, next: done ? nil : url)
    }

    /// `options=count` (merged into an existing `options`, such as `keyValues`) or `count=true`.
    private static func withCount(_ items: [URLQueryItem], dialect: NGSIDialect) -> [URLQueryItem] {
        switch dialect {
        case .v2:
            let options = items.filter { $0.name == "options" }.compactMap(\.value).flatMap { $0.split(separator: ",") }
                .map(String.init).filter { $0 != "count" }
            return items.filter { $0.name != "options" } + [URLQueryItem(name: "options", value: (options + ["count"]).joined(separator: ","))]
        case .ld:
            return items.filter { $0.name != "count" } + [URLQueryItem(name: "count", value: "true")]
        }
    }
}
