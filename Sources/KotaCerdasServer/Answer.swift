import FlyingFox
import Foundation
import KotaCerdasCore

/// The server's answers that are not the document itself, worded in one place.
enum Answer {
    /// `{"error": message}`, with any extra headers (`WWW-Authenticate`, `Connection`).
    static func error(_ status: HTTPStatusCode, _ message: String, headers extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        let object = JSONValue.object(JSONObject([("error", JSONValue.string(message))]))
        var headers = HTTPHeaders([.contentType: "application/json"])
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(JSONWriter.write(object).utf8))
    }

    /// Lines of plain text, as a terminal prints them (`validate`'s problem lines).
    static func lines(_ status: HTTPStatusCode, _ lines: [String]) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
            body: Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}
