import Foundation

/// The pages of a `datastore_search` read: the source's own address with `limit` and
/// `offset` set, the rest of its query (`resource_id`, `q`, `filters`, `sort`) kept as
/// written. Paging goes by `offset` and the records that actually came, never by
/// `_links.next`, which CKAN sends even on the last page.
enum CKANPaging {
    /// Records asked for per page unless the config or the address says: ten requests for a
    /// 10 000-row table, well under the `ckan.datastore.search.rows_max` of 32 000 that
    /// portals cap a page at by default.
    static let defaultPageSize = 1000

    /// `url` asking for `limit` records from `offset`.
    static func url(_ url: URL, offset: Int, limit: Int) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        var items = (components.percentEncodedQueryItems ?? []).filter { $0.name != "offset" && $0.name != "limit" }
        items.append(URLQueryItem(name: "limit", value: String(limit)))
        items.append(URLQueryItem(name: "offset", value: String(offset)))
        components.percentEncodedQueryItems = items
        return components.url ?? url
    }

    /// A whole-number query value of `url`, such as the `offset` a page was asked from.
    static func number(_ name: String, in url: URL?) -> Int? {
        guard let url, let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems else { return nil }
        return items.last { $0.name == name }?.value.flatMap { Int($0) }
    }

    /// A query value of `url`, such as its `resource_id`.
    static func value(_ name: String, in url: URL?) -> String? {
        guard let url else { return nil }
        return URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.last { $0.name == name }?.value
    }
}
