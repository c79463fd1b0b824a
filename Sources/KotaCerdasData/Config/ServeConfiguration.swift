/// The `[serve]` table: what `kotacerdas serve` accepts besides reading its sources.
///
/// ```toml
/// [serve]
/// push-token = "env:KOTACERDAS_PUSH_TOKEN"   # push is off without it
/// push-max-body = "4MiB"
/// ```
public struct ServeConfiguration: Equatable, Sendable {
    /// The largest pushed document accepted unless the config says otherwise.
    public static let defaultPushMaxBody = 16 * 1024 * 1024

    /// The bearer token a push must carry; nil turns push off (`404`).
    public var pushToken: SecretSetting?
    /// Larger pushed bodies are refused with `413`, never read whole.
    public var pushMaxBody: Int

    public init(pushToken: SecretSetting? = nil, pushMaxBody: Int = defaultPushMaxBody) {
        self.pushToken = pushToken
        self.pushMaxBody = pushMaxBody
    }
}
