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
    public let location: String
    public let message: String

    public init(_ severity: Severity, at path: JSONPath, _ message: String) {
        self.severity = severity
        self.location = path.description
        self.message = message
    }

    public init(syntax error: JSONSyntaxError) {
        severity = .error
        location = "line \(error.line), column \(error.column)"
        message = error.message
    }

    public init(_ severity: Severity, location: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var isError: Bool { severity == .error }

    /// `location: message`, with `warning: ` before warnings.
    public var description: String {
        "\(location): " + (severity == .warning ? "warning: " : "") + message
    }
}
