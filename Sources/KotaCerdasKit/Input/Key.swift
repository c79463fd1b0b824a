/// A key the user pressed, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    /// A printable character, already decoded from the locale's encoding.
    case character(Character)
    /// Ctrl plus a letter, given in lower case: Ctrl-C is `.control("c")`.
    case control(Character)
    case up
    case down
    case left
    case right
    case enter
    case escape
    case backspace
    case delete
    case insert
    case tab
    /// Shift-Tab, which terminals report as back-tab.
    case backTab
    case pageUp
    case pageDown
    case home
    case end
    /// F1, F2, …: the number is the one printed on the key.
    case function(Int)

    /// Ctrl-C, delivered as a key when the terminal does not turn it into SIGINT.
    public static let interrupt = Key.control("c")
}
