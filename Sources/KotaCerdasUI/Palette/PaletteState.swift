/// The jump palette (`:`): what is typed, which result is selected, and where the user
/// came from when they opened a result, so Esc takes them back there.
public struct PaletteState: Hashable, Sendable {
    /// The text typed so far.
    public var query = ""
    /// The selected result, by its place in the ranked list.
    public var selected = 0
    /// Set when a result was opened: the back stack the palette was opened over and the
    /// screen it opened. Esc on that screen restores the back stack; going anywhere
    /// else forgets it.
    var jump: Jump?

    struct Jump: Hashable, Sendable {
        let origin: [Route]
        let target: Route
    }

    public init() {}

    /// The most results listed: enough to page through, few enough to rank in a frame.
    static let resultLimit = 200
}
