/// One key while text is typed (a table filter, the jump palette): the editing table's
/// keys act, Backspace deletes, a printable key is typed and Ctrl-C still quits. The one
/// path every typed text takes, so all of them edit alike.
enum TextEntry: Equatable {
    /// Ctrl-C.
    case quit
    /// The key is one of the editing table's bindings.
    case action(KeyAction)
    /// The text after the key.
    case edited(String)
    /// A key that means nothing while typing.
    case ignored

    /// Longer text is not taken: nothing the dashboard names is that long, and a paste
    /// into the terminal cannot grow the text without bound.
    static let longest = 200

    static func apply(_ key: Key, to text: String, bindings: [KeyBinding]) -> TextEntry {
        if key == .interrupt { return .quit }
        if let action = bindings.action(for: key) { return .action(action) }
        switch key {
        case .backspace: return .edited(String(text.dropLast()))
        case .character(let character) where text.count < longest: return .edited(text + String(character))
        default: return .ignored
        }
    }
}
