import KotaCerdasData

/// What `serve` accepts as pushed documents (`POST /v1/documents/NAME`); without these
/// settings push is off.
public struct PushSettings: Sendable {
    /// How many pushed sources may exist at once; a new name beyond it is refused (`507`).
    public static let defaultMaxSources = 64

    /// The bearer token every push and removal must carry.
    public var token: String
    /// Larger bodies are refused with `413` before or while they are read.
    public var maxBodyBytes: Int
    public var maxSources: Int

    public init(
        token: String, maxBodyBytes: Int = ServeConfiguration.defaultPushMaxBody, maxSources: Int = defaultMaxSources
    ) {
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.maxSources = maxSources
    }
}
