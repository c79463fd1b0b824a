/// The name of a pushed source, as it appears in `/v1/documents/NAME`, on the sources
/// screen and as its file name in the cache: 1 to 64 ASCII letters, digits, `-`, `_` and
/// `.`, not starting with a dot (so never `.`, `..` or a hidden file).
public struct PushedSourceName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let maxLength = 64

    public let text: String

    /// Nil when `text` is not a safe name.
    public init?(_ text: String) {
        let isAllowed: (UInt8) -> Bool = { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
        let bytes = Array(text.utf8)
        guard (1...Self.maxLength).contains(bytes.count), bytes.first != UInt8(ascii: "."),
              bytes.allSatisfy(isAllowed) else { return nil }
        self.text = text
    }

    /// What the sources screen and `/healthz` show as the source's location.
    public var location: String { "/v1/documents/" + text }

    public var description: String { text }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.text < rhs.text }
}
