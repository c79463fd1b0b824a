/// What a key asks for, independent of the key itself and of the screen.
public enum KeyAction: Hashable, Sendable, CaseIterable {
    case moveUp, moveDown, moveLeft, moveRight
    case open
    case back
    case nextTable, previousTable
    /// Jump to the dimension with this 1-based number.
    case jump(Int)
    case startFilter
    case cycleSort
    case top, bottom, pageUp, pageDown
    case help
    case nextTheme
    case toggleLanguage
    case reload
    case quit

    public static var allCases: [KeyAction] {
        [.moveUp, .moveDown, .moveLeft, .moveRight, .open, .back, .nextTable, .previousTable]
            + (1...9).map(KeyAction.jump)
            + [.startFilter, .cycleSort, .top, .bottom, .pageUp, .pageDown, .help, .nextTheme,
               .toggleLanguage, .reload, .quit]
    }
}
