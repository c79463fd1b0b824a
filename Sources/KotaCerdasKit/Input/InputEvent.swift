/// Something the user did to the terminal: the input half of the app's events.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this many columns (`width`) and rows (`height`).
    case resize(width: Int, height: Int)
}
