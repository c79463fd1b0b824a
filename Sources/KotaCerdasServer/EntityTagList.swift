/// An `If-None-Match` value: `*` or a comma-separated list of entity tags. Compared the
/// weak way, as RFC 9110 asks for this header (a `W/` prefix is ignored).
struct EntityTagList {
    private let tags: [Substring]
    private let matchesAny: Bool

    init(_ header: String) {
        let parts = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        matchesAny = parts.contains("*")
        tags = parts.map { Substring($0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0) }
    }

    func matches(_ tag: String) -> Bool {
        matchesAny || tags.contains(Substring(tag))
    }
}
