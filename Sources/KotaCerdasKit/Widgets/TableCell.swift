/// The text of one table cell and the role it is drawn in (e.g. `.ok` for a status).
public struct TableCell: Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole

    /// A cell showing `text` in `role`.
    public init(_ text: String, role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }

    /// A normal cell written as a string literal.
    public init(stringLiteral text: String) {
        self.init(text)
    }
}
