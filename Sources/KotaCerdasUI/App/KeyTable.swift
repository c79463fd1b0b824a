/// Which key does what: the one table the update, the help overlay, the bottom bar and
/// README's key table all follow, so the keys a user reads are the keys that work.
public enum KeyTable {
    /// Every binding, in the order the help overlay lists them.
    public static let bindings: [KeyBinding] = [
        .move, .open, .back, .switchTable, .jump, .filter, .palette, .sort, .topBottom, .page, .help, .sources, .alerts,
        .kiosk, .theme, .language, .reload, .export, .quit,
    ]

    /// While a filter is typed every printable key is text: only these keys act
    /// (Backspace deletes and Ctrl-C still quits).
    public static let filterEditing: [KeyBinding] = [.keepFilter, .clearFilter, .moveWhileTyping]

    /// While the jump palette is open every printable key is part of the query, as
    /// while typing a filter; only these keys act.
    public static let paletteEditing: [KeyBinding] = [.openResult, .closePalette, .moveWhileTyping]

    /// The action bound to `key`, or nil for a key that means nothing.
    public static func action(for key: Key) -> KeyAction? { bindings.action(for: key) }

    /// What the mouse does, shown under the keys.
    public static let mouseHelp: [UIText] = [.helpMouseClick, .helpMouseDoubleClick, .helpMouseWheel]
}

extension KeyBinding {
    static let upDown = KeyLabel("↑↓", ascii: "Up/Dn")

    public static let move = KeyBinding(
        [.up: .moveUp, .character("k"): .moveUp, .down: .moveDown, .character("j"): .moveDown,
         .left: .moveLeft, .character("h"): .moveLeft, .right: .moveRight, .character("l"): .moveRight],
        help: KeyText(KeyLabel("← ↑ ↓ →  h j k l", ascii: "Left Up Down Right  h j k l"), .helpMove),
        hint: KeyText(upDown, .hintMove))
    public static let open = KeyBinding([.enter], .open, help: KeyText(KeyLabel("Enter"), .helpOpen),
                                        hint: KeyText(KeyLabel("Enter"), .hintOpen))
    public static let back = KeyBinding([.escape, .backspace], .back, help: KeyText(KeyLabel("Esc  Backspace"), .helpBack),
                                        hint: KeyText(KeyLabel("Esc"), .hintBack))
    public static let switchTable = KeyBinding(
        [.tab: .nextTable, .backTab: .previousTable], help: KeyText(KeyLabel("Tab  Shift-Tab"), .helpSwitchTable),
        hint: KeyText(KeyLabel("Tab"), .hintSwitch))
    public static let jump = KeyBinding(
        Dictionary(uniqueKeysWithValues: (1...9).map { (Key.character(Character("\($0)")), KeyAction.jump($0)) }),
        help: KeyText(KeyLabel("1 … 9", ascii: "1 .. 9"), .helpJump),
        hint: KeyText(KeyLabel("1-9"), .dimensionJump))
    public static let filter = KeyBinding([.character("/")], .startFilter, help: KeyText(KeyLabel("/"), .helpFilter),
                                          hint: KeyText(KeyLabel("/"), .hintFilter))
    public static let sort = KeyBinding([.character("s")], .cycleSort, help: KeyText(KeyLabel("s"), .helpSort),
                                        hint: KeyText(KeyLabel("s"), .hintSort))
    public static let topBottom = KeyBinding(
        [.character("g"): .top, .character("G"): .bottom], aliases: [.home: .top, .end: .bottom],
        help: KeyText(KeyLabel("g  G"), .helpTopBottom))
    public static let page = KeyBinding([.pageUp: .pageUp, .pageDown: .pageDown],
                                        help: KeyText(KeyLabel("PgUp  PgDn"), .helpPage))
    public static let help = KeyBinding([.character("?")], .help, aliases: [.function(1)],
                                        help: KeyText(KeyLabel("?"), .helpHelp), hint: KeyText(KeyLabel("?"), .hintHelp))
    public static let sources = KeyBinding([.character("i")], .sources, help: KeyText(KeyLabel("i"), .helpSources),
                                           hint: KeyText(KeyLabel("i"), .dataSources))
    public static let alerts = KeyBinding([.character("a")], .alerts, help: KeyText(KeyLabel("a"), .alerts(.help)),
                                          hint: KeyText(KeyLabel("a"), .alerts(.hint)))
    // Capital K: lower-case k is "up" among the vim keys.
    public static let kiosk = KeyBinding([.character("K")], .toggleKiosk, help: KeyText(KeyLabel("K"), .helpKiosk))
    public static let theme = KeyBinding([.character("t")], .nextTheme, help: KeyText(KeyLabel("t"), .helpTheme))
    public static let language = KeyBinding([.character("L")], .toggleLanguage, help: KeyText(KeyLabel("L"), .helpLanguage))
    public static let reload = KeyBinding([.character("r")], .reload, help: KeyText(KeyLabel("r"), .helpReload))
    public static let export = KeyBinding([.character("e")], .exportScreen, help: KeyText(KeyLabel("e"), .helpExport))
    public static let quit = KeyBinding([.character("q"), .interrupt], .quit, help: KeyText(KeyLabel("q  Ctrl-C"), .helpQuit),
                                        hint: KeyText(KeyLabel("q"), .hintQuit))

    // While typing a filter; the help overlay explains them in the filter's own line.
    public static let keepFilter = KeyBinding([.enter], .keepFilter, help: nil, hint: KeyText(KeyLabel("Enter"), .hintKeep))
    public static let clearFilter = KeyBinding([.escape], .clearFilter, help: nil, hint: KeyText(KeyLabel("Esc"), .hintClear))
    public static let moveWhileTyping = KeyBinding(
        [.up: .moveUp, .down: .moveDown, .pageUp: .pageUp, .pageDown: .pageDown], help: nil, hint: move.hint)

    public static let palette = KeyBinding([.character(":")], .palette, help: KeyText(KeyLabel(":"), .helpPalette),
                                           hint: KeyText(KeyLabel(":"), .hintPalette))
    // While the palette is open; the help overlay explains them in the palette's own line.
    public static let openResult = KeyBinding([.enter], .open, help: nil, hint: KeyText(KeyLabel("Enter"), .hintOpen))
    public static let closePalette = KeyBinding([.escape], .back, help: nil, hint: KeyText(KeyLabel("Esc"), .hintClose))
}
