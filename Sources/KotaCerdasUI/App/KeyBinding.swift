/// One binding of the key table: the keys that trigger it and the action each asks for,
/// its line in the help overlay and its hint in the bottom bar (after Bubble Tea's
/// `key.Binding`). Keeping the four together means a key cannot work without being
/// documented, nor be documented without working.
public struct KeyBinding: Sendable {
    /// The keys the help overlay and README name, with their actions.
    public let keys: [Key: KeyAction]
    /// Keys that do the same without being named (F1, Home, End), for users of other tools.
    public let aliases: [Key: KeyAction]
    /// The binding's line in the help overlay; nil for keys that only work while typing.
    public let help: KeyText?
    /// The bottom bar's hint, for bindings a screen advertises there.
    public let hint: KeyText?

    init(_ keys: [Key: KeyAction], aliases: [Key: KeyAction] = [:], help: KeyText?, hint: KeyText? = nil) {
        self.keys = keys
        self.aliases = aliases
        self.help = help
        self.hint = hint
    }

    /// A binding whose keys all ask for `action`.
    init(_ keys: [Key], _ action: KeyAction, aliases: [Key] = [], help: KeyText?, hint: KeyText? = nil) {
        self.init(Dictionary(uniqueKeysWithValues: keys.map { ($0, action) }),
                  aliases: Dictionary(uniqueKeysWithValues: aliases.map { ($0, action) }),
                  help: help, hint: hint)
    }

    /// The action `key` asks for, if this binding has it.
    public func action(for key: Key) -> KeyAction? { keys[key] ?? aliases[key] }

    /// This binding's hint printed with other keys, e.g. all four arrows where the focus
    /// also moves sideways.
    public func hint(keys label: KeyLabel) -> KeyText? {
        hint.map { KeyText(label, $0.text) }
    }
}

extension [KeyBinding] {
    /// The action of the first binding that has `key`.
    func action(for key: Key) -> KeyAction? {
        lazy.compactMap { $0.action(for: key) }.first
    }
}
