/// How an HTTP provider talks to its endpoint.
public struct HTTPOptions: Equatable, Sendable {
    public static let defaultTimeout: Double = 10
    public static let defaultMaxBodyBytes = 16 * 1024 * 1024
    public static let defaultBackoffCap: Double = 600

    /// Seconds a whole request may take, connecting included.
    public var timeout: Double
    /// Larger answers are cut off while downloading and reported as errors.
    public var maxBodyBytes: Int
    public var headers: [RequestHeader]
    /// The longest wait between attempts while the endpoint keeps failing.
    public var backoffCap: Double

    public init(
        timeout: Double = defaultTimeout, maxBodyBytes: Int = defaultMaxBodyBytes, headers: [RequestHeader] = [],
        backoffCap: Double = defaultBackoffCap
    ) {
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.headers = headers
        self.backoffCap = backoffCap
    }
}
