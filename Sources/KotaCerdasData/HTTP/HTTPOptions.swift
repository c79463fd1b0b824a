/// How an HTTP provider talks to its endpoint.
public struct HTTPOptions: Equatable, Sendable {
    public static let defaultTimeout: Double = 10
    public static let defaultMaxBodyBytes = FileReader.defaultLimit

    /// Seconds a whole request may take, connecting included.
    public var timeout: Double
    /// Larger answers are cut off while downloading and reported as errors.
    public var maxBodyBytes: Int
    public var headers: [RequestHeader]

    public init(
        timeout: Double = defaultTimeout, maxBodyBytes: Int = defaultMaxBodyBytes, headers: [RequestHeader] = []
    ) {
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.headers = headers
    }
}
