/// Where the wall layout puts each dimension's tile: the grid of rows and columns whose
/// tiles come closest to square as the eye sees them (a cell is about twice as tall as
/// it is wide), so six dimensions on a 16:9 wall make two rows of three.
struct WallGrid: Equatable {
    /// Each tile's rectangle, in the data's order, left to right and top to bottom.
    let tiles: [Rect]

    /// A tile narrower or lower than this cannot hold a big score and one indicator.
    static let minimumTile = (width: 30, height: 12)

    /// The grid for `count` tiles in `width` × `height`; nil when they cannot all be
    /// given the minimum tile (the ordinary panels then take over).
    init?(count: Int, width: Int, height: Int) {
        guard count > 0 else { return nil }
        let shapes = (1...count).map { rows in (rows: rows, columns: (count + rows - 1) / rows) }
        let best = shapes.max { Self.squareness($0, width: width, height: height) < Self.squareness($1, width: width, height: height) }
        guard let best, width / best.columns >= Self.minimumTile.width, height / best.rows >= Self.minimumTile.height
        else { return nil }
        tiles = (0..<count).map { index in
            let row = index / best.columns
            let column = index % best.columns
            let left = column * width / best.columns
            let top = row * height / best.rows
            return Rect(x: left, y: top, width: (column + 1) * width / best.columns - left,
                        height: (row + 1) * height / best.rows - top)
        }
    }

    /// The shorter side of a tile as seen, in rows: the larger, the better the shape.
    private static func squareness(_ shape: (rows: Int, columns: Int), width: Int, height: Int) -> Int {
        min(width / shape.columns / 2, height / shape.rows)
    }
}
