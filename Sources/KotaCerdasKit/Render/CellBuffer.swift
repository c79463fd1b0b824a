/// A screen in memory: `height` rows of `width` cells. Views draw into it, tests read it
/// as text, and the terminal backend presents only the cells that changed.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// The entities drawn on this frame and where, for the mouse.
    public internal(set) var targets: [HitTarget] = []

    public init(width: Int, height: Int, fill: Cell = .blank()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`; reading outside the buffer gives a blank.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank() }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The hit target at `point`; where targets overlap, the one marked last.
    public func target(at point: Point) -> HitTarget? {
        targets.last { $0.rect.contains(point) }
    }

    /// Row `y` as plain text, exactly `width` display columns long.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for x in 0..<width {
            text += cells[y * width + x].text
        }
        return text
    }

    /// The whole buffer as plain text: `height` lines joined by newlines.
    public var plainText: String {
        (0..<height).map(line).joined(separator: "\n")
    }
}
