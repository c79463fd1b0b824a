/// One terminal column: a grapheme cluster with its display width and style role.
///
/// A wide character (CJK, emoji) occupies its own cell with `width == 2` followed by a
/// continuation cell (`width == 0`, empty text) that terminals never draw separately.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole
    public var bold: Bool

    public init(text: String, width: UInt8 = 1, role: StyleRole = .normal, bold: Bool = false) {
        self.text = text
        self.width = width
        self.role = role
        self.bold = bold
    }

    /// An empty column in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(text: " ", width: 1, role: role)
    }

    /// The right half of a wide character.
    public static func continuation(_ role: StyleRole) -> Cell {
        Cell(text: "", width: 0, role: role)
    }

    public var isContinuation: Bool { width == 0 }
}
