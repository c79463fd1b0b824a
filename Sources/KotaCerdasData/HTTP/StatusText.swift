/// Status lines for messages: `HTTP 500 Internal Server Error`.
enum StatusText {
    private static let phrases: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        406: "Not Acceptable", 408: "Request Timeout", 410: "Gone", 429: "Too Many Requests",
        500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]

    static func line(_ status: Int) -> String {
        "HTTP \(status)" + (phrases[status].map { " " + $0 } ?? "")
    }
}
