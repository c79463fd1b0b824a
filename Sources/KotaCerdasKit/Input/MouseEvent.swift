/// A mouse action at a screen position, counted from 0 at the top-left corner.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// A click of the primary button.
        case press
        case doubleClick
        case wheelUp
        case wheelDown
    }

    public var column: Int
    public var row: Int
    public var kind: Kind

    public init(column: Int, row: Int, kind: Kind) {
        self.column = column
        self.row = row
        self.kind = kind
    }
}
