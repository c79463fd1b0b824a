/// Why the configuration cannot be used: the file, the place, and what is wrong.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String?
    public let message: String

    public init(file: String?, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { (file.map { $0 + ": " } ?? "") + message }
}
