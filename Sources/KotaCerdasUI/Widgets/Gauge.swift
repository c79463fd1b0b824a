/// A horizontal bar showing a fraction 0…1 with eighth-of-a-cell precision, with an
/// optional label (such as `62%`) at its right end.
public struct Gauge: Sendable {
    public var fraction: Double
    public var label: String?
    public var role: StyleRole

    /// A gauge; fractions outside 0…1 are clamped and NaN shows an empty bar.
    public init(fraction: Double, label: String? = nil, role: StyleRole = .ok) {
        self.fraction = fraction
        self.label = label
        self.role = role
    }

    /// Draws the gauge on the canvas's first row, across its whole width.
    public func draw(on canvas: inout Canvas) {
        var barWidth = canvas.width
        if let label, !label.isEmpty {
            let labelWidth = canvas.glyphs.sanitizer.sanitize(label).displayWidth
            barWidth = max(0, canvas.width - labelWidth - 1)
            let labelStart = barWidth == 0 ? 0 : barWidth + 1
            canvas.put(label, at: Point(x: labelStart, y: 0), role: role)
        }
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let eighths = Int((clamped * Double(barWidth * 8)).rounded())
        let levels = canvas.glyphs.gaugeEighths
        for column in 0..<barWidth {
            let filled = min(8, max(0, eighths - column * 8))
            canvas.set(levels[filled], at: Point(x: column, y: 0), role: filled > 0 ? role : .muted)
        }
    }
}
