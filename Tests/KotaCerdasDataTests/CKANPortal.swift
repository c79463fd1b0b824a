import FlyingFox
import Foundation
import Synchronization

/// A CKAN portal for tests, served by `ScriptedServer`: it answers `datastore_search` for
/// one resource the way CKAN does, so the adapter is tested against CKAN's paging rather
/// than against what we assume of it.
///
/// - `limit` defaults to 100 and is capped at `rowsMax` (CKAN's
///   `ckan.datastore.search.rows_max`): asking for more gives a shorter page than asked.
/// - `offset` defaults to 0; past the end the page is empty.
/// - `total` counts the records, unless the test makes it lie; `_links.next` is always
///   there, on the last page too.
///
/// This file is shared with the end-to-end tests (a symlink there), so it uses nothing
/// but Foundation and FlyingFox.
final class CKANPortal: Sendable {
    /// One resource: its id, its fields as JSON text, and its records, made on demand so a
    /// resource can be as large as a test likes.
    struct Resource: Sendable {
        let id: String
        let fieldsJSON: String
        let count: Int
        let record: @Sendable (Int) -> String

        /// The resource of a real `datastore_search` answer (a fixture file).
        static func replaying(answer path: String) throws -> Resource {
            let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            guard let result = root?["result"] as? [String: Any], let records = result["records"] as? [Any],
                  let fields = result["fields"], let id = result["resource_id"] as? String else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let texts = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
            let fieldsJSON = String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
            return Resource(id: id, fieldsJSON: fieldsJSON, count: texts.count, record: { texts[$0] })
        }

        /// `count` levy rows shaped like Kalimantan Timur's: `Retribusi 1` … with figures as
        /// strings for 2019 and 2020, the later one `index × 1000 + year`.
        static func levies(count: Int, id: String = "0c0ffee0-aaaa-4bbb-8ccc-000000000001") -> Resource {
            let fields = #"[{"id":"_id","type":"int"},{"id":"Daftar Data","type":"text"},{"id":"2019","type":"text"},"#
                + #"{"id":"2020","type":"text"},{"id":"Satuan","type":"text"}]"#
            return Resource(id: id, fieldsJSON: fields, count: count) { index in
                let number = index + 1
                return #"{"_id":\#(number),"Daftar Data":"Retribusi \#(number)","2019":"\#(number * 1000 + 2019)","#
                    + #""2020":"\#(number * 1000 + 2020)","Satuan":"Rp"}"#
            }
        }
    }

    /// One request as the portal saw it.
    struct Request: Sendable, Equatable {
        var offset: String?
        var limit: String?
        var query: [String: String]
        var authorization: String?
    }

    let resource: Resource
    let rowsMax: Int
    /// The `total` the portal claims; the true count unless set.
    private let claimedTotal: Int?
    private let seen = Mutex<[Request]>([])

    init(_ resource: Resource, rowsMax: Int = 32_000, claimedTotal: Int? = nil) {
        self.resource = resource
        self.rowsMax = rowsMax
        self.claimedTotal = claimedTotal
    }

    /// Every request so far, in order.
    var requests: [Request] { seen.withLock { $0 } }

    /// The address of the portal's `datastore_search` for its resource on `server`.
    func location(_ server: ScriptedServer, extraQuery: String = "") -> String {
        "ckan+http://127.0.0.1:\(server.port)/api/3/action/datastore_search?resource_id=\(resource.id)\(extraQuery)"
    }

    func answer(_ request: HTTPRequest) -> HTTPResponse {
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        seen.withLock {
            $0.append(Request(offset: query["offset"], limit: query["limit"], query: query, authorization: request.headers[.authorization]))
        }
        guard request.path.hasSuffix("/datastore_search") else {
            return Self.error(.notFound, type: "Not Found Error", message: "Not found: the action was not found")
        }
        guard query["resource_id"] == resource.id else {
            return Self.error(.notFound, type: "Not Found Error", message: "Not found: Resource \"\(query["resource_id"] ?? "")\" was not found.")
        }
        guard let limit = Int(query["limit"] ?? "100"), let offset = Int(query["offset"] ?? "0"), limit >= 0, offset >= 0 else {
            return Self.validationError(field: query["limit"].flatMap(Int.init) == nil ? "limit" : "offset", message: "Invalid integer")
        }
        let size = min(limit, rowsMax)
        let end = min(resource.count, offset + size)
        let records = offset < end ? (offset..<end).map(resource.record) : []
        let base = "/api/3/action/datastore_search?resource_id=\(resource.id)"
        let body = """
            {"help":"http://127.0.0.1/api/3/action/help_show?name=datastore_search","success":true,"result":{\
            "include_total":true,"limit":\(size),"records_format":"objects","resource_id":"\(resource.id)",\
            "total_estimation_threshold":null,"records":[\(records.joined(separator: ","))],"fields":\(resource.fieldsJSON),\
            "_links":{"start":"\(base)","next":"\(base)&offset=\(offset + size)"},\
            "total":\(claimedTotal ?? resource.count),"total_was_estimated":false}}
            """
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json;charset=utf-8"], body: Data(body.utf8))
    }

    /// CKAN's answer to a failed action: `success: false` and an error object, with the
    /// status CKAN sends it with (404, 409, 403).
    static func error(_ status: HTTPStatusCode, type: String, message: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: "application/json;charset=utf-8"],
            body: Data(#"{"help":"http://127.0.0.1/api/3/action/help_show?name=datastore_search","success":false,"error":{"message":"\#(message.replacingOccurrences(of: "\"", with: "\\\""))","__type":"\#(type)"}}"#.utf8))
    }

    /// CKAN's answer to a parameter it refuses: 409 with a list of messages per field.
    static func validationError(field: String, message: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: HTTPStatusCode(409, phrase: "Conflict"), headers: [.contentType: "application/json;charset=utf-8"],
            body: Data(#"{"help":"http://127.0.0.1/api/3/action/help_show?name=datastore_search","success":false,"error":{"\#(field)":["\#(message)"],"__type":"Validation Error"}}"#.utf8))
    }
}
