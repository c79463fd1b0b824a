/// A line of a theme file that cannot be read, with its 1-based line number.
public struct ThemeParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    /// An error on 1-based line `line`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
