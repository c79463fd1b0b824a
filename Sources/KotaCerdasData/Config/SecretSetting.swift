/// A secret as the config file gives it: `env:NAME` takes it from an environment variable
/// (so it need not sit in a file), anything else is the secret itself.
public enum SecretSetting: Equatable, Sendable {
    case literal(String)
    case environment(String)

    public init(text: String) {
        self = text.hasPrefix("env:") ? .environment(String(text.dropFirst(4))) : .literal(text)
    }

    /// The secret's value; an unset or empty variable, or an empty literal, is an error
    /// naming `key` (a missing secret must never mean "no secret").
    public func resolve(key: String, environment: [String: String]) throws(ConfigurationError) -> String {
        switch self {
        case .literal(let text):
            guard !text.isEmpty else { throw ConfigurationError(file: nil, "\(key): must not be empty") }
            return text
        case .environment(let variable):
            guard let text = environment[variable], !text.isEmpty else {
                throw ConfigurationError(file: nil, "\(key): environment variable \(variable) is not set")
            }
            return text
        }
    }
}
