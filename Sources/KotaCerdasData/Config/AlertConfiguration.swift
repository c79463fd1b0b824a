import KotaCerdasCore

/// The config's `[alerts]` table: how alerts are debounced, how many are kept, and what
/// happens when one is raised.
///
/// ```toml
/// [alerts]
/// hold = "1m"                 # a status must hold this long to raise or clear an alert
/// max = 500                   # alerts kept (also on disk)
/// bell = true                 # ring the terminal bell when one is raised
/// on-alert = ["/usr/local/bin/notify", "--channel", "ops"]   # run without a shell
/// command-timeout = "10s"     # then the command is terminated, and killed 2 s later
/// ```
public struct AlertConfiguration: Equatable, Sendable {
    public var hold: Double?
    public var max: Int?
    public var bell: Bool?
    /// The alert command: a program and its arguments, never a shell line.
    public var onAlert: [String]?
    public var commandTimeout: Double?

    public static let keys: Set<String> = ["hold", "max", "bell", "on-alert", "command-timeout"]

    public init(hold: Double? = nil, max: Int? = nil, bell: Bool? = nil, onAlert: [String]? = nil, commandTimeout: Double? = nil) {
        self.hold = hold
        self.max = max
        self.bell = bell
        self.onAlert = onAlert
        self.commandTimeout = commandTimeout
    }

    /// Debounce and bound as the engine takes them, defaults filled in.
    public var rules: AlertRules {
        AlertRules(hold: hold ?? AlertRules.defaultHold, capacity: max ?? AlertRules.defaultCapacity)
    }

    /// Reads the table strictly: each key named in full when its value is wrong.
    static func read(_ table: TableReader) throws(ConfigurationError) -> AlertConfiguration {
        try table.allowOnly(keys)
        var alerts = AlertConfiguration(
            hold: try table.duration("hold", in: .alertHold), bell: try table.bool("bell"),
            commandTimeout: try table.duration("command-timeout", in: .timeout))
        if let max = try table.int("max") {
            guard (1...100_000).contains(max) else { throw table.error("max", "must be a whole number from 1 to 100000") }
            alerts.max = max
        }
        if let command = try table.strings("on-alert") {
            guard let program = command.first, !program.isEmpty else {
                throw table.error("on-alert", "must name a program first, e.g. [\"/usr/local/bin/notify\", \"--channel\", \"ops\"]")
            }
            guard !command.contains(where: { $0.contains("\0") }) else { throw table.error("on-alert", "must not contain NUL characters") }
            alerts.onAlert = command
        }
        return alerts
    }
}
