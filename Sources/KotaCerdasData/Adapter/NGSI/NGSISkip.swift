/// Why one entity was left out, in the words the summary counts it under
/// (`pm25 not a number`, `no dateObserved`, `no mapping for type Streetlight`).
struct NGSISkip: Error, Equatable {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    static func missing(_ attribute: String) -> NGSISkip { NGSISkip("no \(attribute)") }
    static func unreadable(_ attribute: String, as kind: String) -> NGSISkip { NGSISkip("\(attribute) not a \(kind)") }
}
