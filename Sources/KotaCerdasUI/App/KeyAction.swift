/// What a key asks for, independent of the key itself and of the screen.
public enum KeyAction: Hashable, Sendable {
    case moveUp, moveDown, moveLeft, moveRight
    case open
    case back
    case nextTable, previousTable
    /// Jump to the dimension with this 1-based number.
    case jump(Int)
    case startFilter
    /// While typing a filter: keep it and leave typing, or clear it.
    case keepFilter, clearFilter
    case cycleSort
    case top, bottom, pageUp, pageDown
    case help
    /// Open (or close) the health of the data sources.
    case sources
    /// Open (or close) the alerts view.
    case alerts
    /// Start or stop the kiosk rotation; resume it when paused.
    case toggleKiosk
    case nextTheme
    case toggleLanguage
    case reload
    /// Save the screen as SVG and HTML in the export folder.
    case exportScreen
    case quit
    /// Open the jump palette: find any dimension, indicator or programme by typing.
    case palette
}
