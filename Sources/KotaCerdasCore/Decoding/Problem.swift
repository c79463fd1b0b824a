/// One thing wrong with a document, at an exact place.
///
/// Errors make a document unusable (the dashboard keeps its last good data instead);
/// warnings are shown but the document is used.
public struct Problem: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    /// Where in the document; a syntax error carries its line and column instead.
    /// Like `message`, it quotes the data with control characters escaped.
    public let location: String
    public let message: String

    public init(_ severity: Severity, at path: JSONPath, _ message: String) {
        self.init(severity, location: path.description, message)
    }

    public init(syntax error: JSONSyntaxError) {
        self.init(.error, location: "line \(error.line), column \(error.column)", error.message)
    }

    /// Every problem passes here, so no message can carry a terminal escape from the data.
    private init(_ severity: Severity, location: String, _ message: String) {
        self.severity = severity
        self.location = ControlCharacters.escaped(location)
        self.message = ControlCharacters.escaped(message)
    }

    public var isError: Bool { severity == .error }

    /// The same problem found in a document nested at `path` of a larger one (a city of a
    /// collection): `dimensions[0].id` becomes `cities[2].dimensions[0].id`.
    public func placed(under path: JSONPath) -> Problem {
        let inner = location == JSONPath.root.description ? "" : location
        let joined = inner.isEmpty ? path.description : path.description + (inner.hasPrefix("[") ? "" : ".") + inner
        return Problem(severity, location: joined, message)
    }

    /// `location: message`, with `warning: ` before warnings.
    public var description: String {
        "\(location): " + (severity == .warning ? "warning: " : "") + message
    }
}
