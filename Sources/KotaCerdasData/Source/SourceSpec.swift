import Foundation

/// Where a source is, in which format, and how often to read it, as written on the command
/// line: a path, `file://…`, `http://…` or `https://…`, optionally behind an adapter prefix
/// (`ngsi-v2+http://…`, `ngsi-ld+https://…`, `ckan+https://…`, `csv+https://…`) and
/// followed by `@30s`, `@5m`, `@500ms` for the interval.
public struct SourceSpec: Equatable, Sendable {
    /// What kind of place the data is read from.
    public enum Location: Equatable, Sendable {
        case file(path: String)
        case http(URL)
    }

    /// HTTP sources are polled this often unless the spec says otherwise.
    public static let defaultHTTPInterval: Double = 30

    public var location: Location
    /// The interval from the spec, in seconds; nil when none was given.
    public var interval: Double?
    /// The adapter named by the location's prefix; nil when it had none.
    public var adapter: AdapterKind?

    public init(location: Location, interval: Double? = nil, adapter: AdapterKind? = nil) {
        self.location = location
        self.interval = interval
        self.adapter = adapter
    }

    /// Parses one spec. The `@` suffix is an interval only when it looks like one, so
    /// `https://user:pass@host/` keeps its user info.
    public static func parse(_ text: String) throws(SourceSpecError) -> SourceSpec {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let fail = { (reason: String) in SourceSpecError(spec: LocationMask.mask(trimmed), reason: reason) }
        guard !trimmed.isEmpty else { throw fail("is empty") }
        var body = trimmed
        var interval: Double?
        if let at = trimmed.lastIndex(of: "@") {
            let suffix = String(trimmed[trimmed.index(after: at)...])
            if let seconds = DurationText.seconds(suffix) {
                do {
                    interval = try DurationLimits.interval.check(seconds, written: suffix)
                } catch {
                    throw fail("interval: \(error)")
                }
                body = String(trimmed[..<at])
            } else if suffix.first?.isNumber == true, !suffix.contains(where: { "/:.".contains($0) }) {
                throw fail("\"@\(suffix)\" is not an interval; write e.g. @500ms, @30s, @5m or @1h")
            }
        }
        let (adapter, rest) = adapterPrefix(of: body)
        return SourceSpec(location: try location(of: rest, fail: fail), interval: interval, adapter: adapter)
    }

    /// `ngsi-v2+http://…` → (.ngsiV2, `http://…`); a location without a known prefix as it is.
    private static func adapterPrefix(of text: String) -> (AdapterKind?, String) {
        guard let plus = text.firstIndex(of: "+"), let kind = AdapterKind(rawValue: text[..<plus].lowercased()) else {
            return (nil, text)
        }
        return (kind, String(text[text.index(after: plus)...]))
    }

    private static func location(of text: String, fail: (String) -> SourceSpecError) throws(SourceSpecError) -> Location {
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
                throw fail("is not a valid URL (expected http://host/path)")
            }
            return .http(url)
        }
        if lowered.hasPrefix("file://") {
            guard let url = URL(string: text), url.isFileURL, !url.path.isEmpty else {
                throw fail("is not a valid file URL (expected file:///absolute/path)")
            }
            return .file(path: url.path)
        }
        if let scheme = text.range(of: "://") {
            throw fail("unsupported scheme \"\(text[..<scheme.lowerBound])\"; use a path, file://, http:// or https://, "
                + "optionally behind an adapter prefix: "
                + AdapterKind.allCases.map { $0.rawValue + "+" }.joined(separator: ", "))
        }
        guard !text.isEmpty else { throw fail("has an interval but no location") }
        return .file(path: text)
    }

    /// The stable identity of the source: the absolute path, or the masked URL with a
    /// hash of the full one, so two URLs differing only in credentials stay apart while
    /// no secret ends up in an id.
    public var id: String {
        let prefix = adapter.map { $0.rawValue + "+" } ?? ""
        switch location {
        case .file(let path): return prefix + URL(fileURLWithPath: path).standardizedFileURL.path
        case .http(let url): return prefix + LocationMask.mask(url.absoluteString) + "#" + StableHash.hex(url.absoluteString.utf8)
        }
    }

    /// The location as it may be shown: user info and secret query values masked.
    public var displayLocation: String {
        switch location {
        case .file(let path): return path
        case .http(let url): return LocationMask.mask(url.absoluteString)
        }
    }

    /// The interval to read at: the given one, or the default for HTTP; nil for files
    /// without one (they are watched, not polled).
    public var effectiveInterval: Double? {
        switch location {
        case .file: return interval
        case .http: return interval ?? Self.defaultHTTPInterval
        }
    }
}
