/// Why a theme file cannot be used: a line that cannot be read (with its 1-based number),
/// or a role the file leaves out (no line).
public struct ThemeParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int?
    public let message: String

    /// An error on 1-based line `line`, or about the whole file when `line` is nil.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
