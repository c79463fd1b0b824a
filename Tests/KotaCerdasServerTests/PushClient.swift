import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real HTTP client for the push tests: URLSession for most requests, `curl` (when
/// installed) for what URLSession cannot send here, such as a chunked body.
struct PushClient {
    static let token = "t0ken-for-tests"
    let port: UInt16

    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: String

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    func send(
        _ method: String, _ path: String, body: String? = nil, token: String? = PushClient.token,
        headers: [String: String] = [:]
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        request.cachePolicy = .reloadIgnoringLocalCacheData
        if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
        headers.forEach { request.setValue($0.value, forHTTPHeaderField: $0.key) }
        let session = TemporaryDocument.uncachedSession()
        defer { session.invalidateAndCancel() }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        let fields = http.allHeaderFields.reduce(into: [String: String]()) { $0["\($1.key)"] = "\($1.value)" }
        return Answer(status: http.statusCode, headers: fields, body: String(decoding: data, as: UTF8.self))
    }

    func push(_ name: String, _ document: String, token: String? = PushClient.token) async throws -> Answer {
        try await send("POST", "/v1/documents/" + name, body: document, token: token)
    }

    /// The indicator's value in the served document, and the document's entity tag.
    func served(_ indicator: String) async throws -> (value: Double?, tag: String?) {
        let answer = try await send("GET", "/v1/snapshot", token: nil)
        guard let data = answer.body.data(using: .utf8),
              let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let dimensions = json["dimensions"] as? [[String: Any]] else { return (nil, answer.header("ETag")) }
        let indicators = dimensions.flatMap { ($0["indicators"] as? [[String: Any]]) ?? [] }
        let value = indicators.first { $0["id"] as? String == indicator }?["value"] as? Double
        return (value, answer.header("ETag"))
    }

    static var curl: String? {
        ["/usr/bin/curl", "/usr/local/bin/curl", "/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `curl` with `arguments` and returns the status code it printed.
    func curl(_ arguments: [String], body: Data) throws -> Int {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("push-body-" + UUID().uuidString)
        try body.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.curl!)
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "60",
                             "--data-binary", "@" + input.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: printed, as: UTF8.self)) ?? 0
    }
}
