/// Why a source spec (`--source` or a config `location`) cannot be used.
public struct SourceSpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The spec as given, with secrets masked.
    public let spec: String
    public let reason: String

    public var description: String { "source \"\(spec)\": \(reason)" }
}
