/// One header an HTTP provider sends with every request.
public struct RequestHeader: Equatable, Sendable {
    /// Header names whose values are credentials even when written literally in the config.
    static let credentialNames: Set<String> = ["authorization", "proxy-authorization", "cookie", "x-api-key"]

    public var name: String
    public var value: String
    /// Secret values are masked in every message and not sent to another origin after a redirect.
    public var isSecret: Bool

    public init(name: String, value: String, isSecret: Bool = false) {
        self.name = name
        self.value = value
        self.isSecret = isSecret || Self.credentialNames.contains(name.lowercased())
    }
}
