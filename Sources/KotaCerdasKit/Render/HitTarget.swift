/// A place on screen that stands for an entity (a linked indicator or programme), as it
/// was drawn: the mouse finds what is under the pointer in the frame itself, so what is
/// clicked is always what is shown, however the screen laid itself out.
public struct HitTarget: Equatable, Sendable {
    /// The area in buffer coordinates.
    public let rect: Rect
    /// The id of the entity drawn there.
    public let id: String
    /// What kind of thing it is (a panel, a table's rows), for screens with several.
    public let group: String
}
