/// A one-row chart of the most recent values that fit, scaled between the lowest and
/// highest value shown. Gaps (nil or NaN) stay blank; a flat series sits mid-height.
public struct Sparkline: Widget, Sendable {
    public var values: [Double?]
    public var role: StyleRole

    /// A sparkline of `values`, oldest first.
    public init(values: [Double?], role: StyleRole = .chart) {
        self.values = values
        self.role = role
    }

    /// Draws the last `canvas.width` values on the canvas's first row.
    public func draw(on canvas: inout Canvas) {
        let shown = values.suffix(canvas.width)
        let known = shown.compactMap { $0 }.filter(\.isFinite)
        guard let low = known.min(), let high = known.max() else { return }
        let levels = canvas.glyphs.sparkLevels
        let scale = ValueScale(low: low, high: high)
        for (column, value) in shown.enumerated() {
            guard let value, value.isFinite else { continue }
            canvas.set(levels[scale.level(of: value, levels: levels.count)], at: Point(x: column, y: 0), role: role)
        }
    }
}
