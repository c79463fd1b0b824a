/// One line of the help overlay: a key and what it does.
public struct HelpEntry: Sendable {
    public var key: String
    public var description: String

    /// An entry saying that `key` does `description`.
    public init(key: String, description: String) {
        self.key = key
        self.description = description
    }
}
