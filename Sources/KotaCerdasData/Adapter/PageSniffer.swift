/// Recognises answers that are not data at all, before a parser reports them as a syntax
/// error at line 1: a login page, a proxy's error page, a portal's maintenance notice.
public enum PageSniffer {
    /// Throws for an HTML page (by its content type or its first byte).
    public static func refuseHTML(_ page: FetchedPage, expected: String = "JSON") throws(AdapterError) {
        let contentType = page.headers["content-type"]?.lowercased() ?? ""
        let firstByte = page.body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if contentType.contains("html") || firstByte == UInt8(ascii: "<") {
            throw AdapterError("expected \(expected), got an HTML page" + (contentType.isEmpty ? "" : " (\(contentType))"))
        }
    }
}
