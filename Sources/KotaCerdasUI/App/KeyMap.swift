/// Which key does what. The help screen lists `KeyMap.help`, so the keys a user reads
/// are the keys that work.
public enum KeyMap {
    /// The action bound to `key`, or nil for a key that means nothing.
    public static func action(for key: Key) -> KeyAction? {
        switch key {
        case .up, .character("k"): .moveUp
        case .down, .character("j"): .moveDown
        case .left, .character("h"): .moveLeft
        case .right, .character("l"): .moveRight
        case .enter: .open
        case .escape, .backspace: .back
        case .tab: .nextTable
        case .backTab: .previousTable
        case .character(let character) where ("1"..."9").contains(character):
            character.wholeNumberValue.map(KeyAction.jump)
        case .character("/"): .startFilter
        case .character("s"): .cycleSort
        case .character("g"), .home: .top
        case .character("G"), .end: .bottom
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .character("?"), .function(1): .help
        case .character("t"): .nextTheme
        case .character("L"): .toggleLanguage
        case .character("r"): .reload
        case .character("q"), .interrupt: .quit
        default: nil
        }
    }

    /// One line of the key reference: the keys as printed and what they do.
    public struct HelpEntry: Sendable {
        public let keys: String
        public let text: UIText
    }

    /// The key reference in the order the help screen shows it.
    public static func help(glyphs: GlyphSet) -> [HelpEntry] {
        let arrows = glyphs.isUnicode ? "← ↑ ↓ →" : "Left Up Down Right"
        return [
            HelpEntry(keys: "\(arrows)  h j k l", text: .helpMove),
            HelpEntry(keys: "Enter", text: .helpOpen),
            HelpEntry(keys: "Esc  Backspace", text: .helpBack),
            HelpEntry(keys: "Tab  Shift-Tab", text: .helpSwitchTable),
            HelpEntry(keys: glyphs.isUnicode ? "1 … 9" : "1 .. 9", text: .helpJump),
            HelpEntry(keys: "/", text: .helpFilter),
            HelpEntry(keys: "s", text: .helpSort),
            HelpEntry(keys: "g  G", text: .helpTopBottom),
            HelpEntry(keys: "PgUp  PgDn", text: .helpPage),
            HelpEntry(keys: "?", text: .helpHelp),
            HelpEntry(keys: "t", text: .helpTheme),
            HelpEntry(keys: "L", text: .helpLanguage),
            HelpEntry(keys: "r", text: .helpReload),
            HelpEntry(keys: "q  Ctrl-C", text: .helpQuit),
        ]
    }

    /// What the mouse does, shown under the keys.
    public static let mouseHelp: [UIText] = [.helpMouseClick, .helpMouseDoubleClick, .helpMouseWheel]
}
