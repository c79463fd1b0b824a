public extension CellBuffer {
    /// This buffer drawn into a blank `width` × `height` buffer with its top left corner
    /// at `offset`, hit targets moved along: how a whole frame is shifted against burn-in.
    func placed(at offset: Point, width: Int, height: Int) -> CellBuffer {
        var placed = CellBuffer(width: width, height: height)
        for y in 0..<self.height {
            for x in 0..<self.width {
                placed[x + offset.x, y + offset.y] = self[x, y]
            }
        }
        placed.targets = targets.map { target in
            let rect = target.rect
            return HitTarget(rect: Rect(x: rect.x + offset.x, y: rect.y + offset.y, width: rect.width, height: rect.height),
                             id: target.id, group: target.group)
        }
        return placed
    }
}
