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
        case .character("i"): .sources
        // Capital K: lower-case k is "up" among the vim keys.
        case .character("K"): .toggleKiosk
        case .character("t"): .nextTheme
        case .character("L"): .toggleLanguage
        case .character("r"): .reload
        case .character("q"), .interrupt: .quit
        default: nil
        }
    }

    /// One line of the key reference: the keys as printed and what they do.
    public struct Binding: Sendable {
        public let keys: String
        public let text: UIText
    }

    /// The key reference in the order the help screen shows it.
    public static func help(glyphs: GlyphSet) -> [Binding] {
        let arrows = (glyphs.isUnicode ? "← ↑ ↓ →" : "Left Up Down Right") + "  h j k l"
        return [
            Binding(keys: arrows, text: .helpMove),
            Binding(keys: "Enter", text: .helpOpen),
            Binding(keys: "Esc  Backspace", text: .helpBack),
            Binding(keys: "Tab  Shift-Tab", text: .helpSwitchTable),
            Binding(keys: glyphs.isUnicode ? "1 … 9" : "1 .. 9", text: .helpJump),
            Binding(keys: "/", text: .helpFilter),
            Binding(keys: "s", text: .helpSort),
            Binding(keys: "g  G", text: .helpTopBottom),
            Binding(keys: "PgUp  PgDn", text: .helpPage),
            Binding(keys: "?", text: .helpHelp),
            Binding(keys: "i", text: .helpSources),
            Binding(keys: "K", text: .helpKiosk),
            Binding(keys: "t", text: .helpTheme),
            Binding(keys: "L", text: .helpLanguage),
            Binding(keys: "r", text: .helpReload),
            Binding(keys: "q  Ctrl-C", text: .helpQuit),
        ]
    }

    /// What the mouse does, shown under the keys.
    public static let mouseHelp: [UIText] = [.helpMouseClick, .helpMouseDoubleClick, .helpMouseWheel]
}
