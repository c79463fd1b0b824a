/// What one read of a mapped source found: how many records came in, how many became
/// indicators, and why the rest were skipped — the line the sources screen shows, e.g.
/// `412 entities · 408 mapped · 4 skipped (pm25 not a number: 3; no dateObserved: 1)`.
public struct ReadSummary: Equatable, Sendable, CustomStringConvertible {
    /// Skipped records listed one by one for `validate`, at most this many.
    public static let detailLimit = 1_000

    /// What a record is called: `entities`, `records`, `rows`.
    public var noun: String
    public private(set) var read = 0
    public private(set) var mapped = 0
    /// Skips counted by reason, in the order the reasons first appeared.
    public private(set) var skips: [(reason: String, count: Int)] = []
    /// One line per skipped record (`urn:ngsi-ld:…: pm25 not a number`), the first `detailLimit`.
    public private(set) var skipDetails: [String] = []
    /// Anything else worth saying: a read cut short, a column guessed.
    public private(set) var notes: [String] = []

    public init(noun: String) {
        self.noun = noun
    }

    public var skipped: Int { skips.reduce(0) { $0 + $1.count } }

    /// One record came in and was mapped (or was folded into an aggregate).
    public mutating func countMapped() {
        read += 1
        mapped += 1
    }

    /// One record came in and was left out, for `reason`; `record` names it for `validate`.
    public mutating func countSkipped(_ reason: String, record: String? = nil) {
        read += 1
        if let index = skips.firstIndex(where: { $0.reason == reason }) {
            skips[index].count += 1
        } else {
            skips.append((reason, 1))
        }
        if skipDetails.count < Self.detailLimit {
            skipDetails.append((record.map { $0 + ": " } ?? "") + reason)
        }
    }

    public mutating func note(_ text: String) {
        notes.append(text)
    }

    public var description: String {
        var parts = ["\(read) \(noun)", "\(mapped) mapped"]
        if skipped > 0 {
            let reasons = skips.sorted { $0.count > $1.count }.map { "\($0.reason): \($0.count)" }
            parts.append("\(skipped) skipped (" + reasons.joined(separator: "; ") + ")")
        }
        return (parts + notes).joined(separator: " · ")
    }

    public static func == (lhs: ReadSummary, rhs: ReadSummary) -> Bool {
        lhs.description == rhs.description && lhs.skipDetails == rhs.skipDetails
    }
}
