/// Whether to colour output at all, as `--color` says: `auto` follows the
/// [NO_COLOR](https://no-color.org) convention and whether output is a terminal; an
/// explicit `always` or `never` wins over both.
public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never

    /// Whether to write colour, for output that `isTerminal` or not, in `environment`.
    public func wantsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && !Self.noColorRequested(in: environment)
        }
    }

    /// `NO_COLOR` set to anything but the empty string, as the convention defines it.
    public static func noColorRequested(in environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
