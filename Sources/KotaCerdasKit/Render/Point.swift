/// A cell position: column `x`, row `y`, counted from the top-left corner.
public struct Point: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int

    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
