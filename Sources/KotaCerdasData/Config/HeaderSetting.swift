/// A header as the config file gives it: a literal value, or `env:NAME` to take the value
/// from an environment variable (for tokens that must not sit in a file).
public struct HeaderSetting: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case literal(String)
        case environment(String)
    }

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }

    /// Reads `env:NAME` as an environment reference, anything else as a literal.
    public init(name: String, text: String) {
        self.name = name
        value = text.hasPrefix("env:") ? .environment(String(text.dropFirst(4))) : .literal(text)
    }

    /// The header to send. Values from the environment are secret.
    public func resolve(environment: [String: String]) throws(ConfigurationError) -> RequestHeader {
        switch value {
        case .literal(let text):
            return RequestHeader(name: name, value: text)
        case .environment(let variable):
            guard let text = environment[variable], !text.isEmpty else {
                throw ConfigurationError(file: nil, "header \(name): environment variable \(variable) is not set")
            }
            return RequestHeader(name: name, value: text, isSecret: true)
        }
    }
}
