import Foundation

/// How long a `503 Service Unavailable` or `429 Too Many Requests` asks the client to
/// wait, from `Retry-After`: a number of seconds or an HTTP date (RFC 9110, 10.2.3).
enum RetryAfter {
    static func seconds(in reply: HTTPTransfer.Reply, now: Date) -> Double? {
        guard reply.status == 503 || reply.status == 429,
              let text = reply.headers["retry-after"]?.trimmingCharacters(in: .whitespaces)
        else { return nil }
        if let seconds = Int(text) { return seconds >= 0 ? Double(seconds) : nil }
        return httpDate(text).map { max(0, $0.timeIntervalSince(now)) }
    }

    /// The IMF-fixdate form, the only one a sender may use today.
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}
