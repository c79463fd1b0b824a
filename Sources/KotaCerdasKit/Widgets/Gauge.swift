/// A horizontal bar showing a fraction 0…1 with eighth-of-a-cell precision, with an
/// optional label (such as `62%`) at its right end.
public struct Gauge: Widget, Sendable {
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
        let glyphs = canvas.glyphs.gaugeEighths
        for (column, filled) in Self.eighths(fraction, width: barWidth).enumerated() {
            canvas.set(glyphs[filled], at: Point(x: column, y: 0), role: filled > 0 ? role : .muted)
        }
    }

    /// How many eighths (0–8) of each of `width` cells a bar filled to `fraction` covers;
    /// shared with bars spelled out as text in tables. NaN is empty; anything past 0…1
    /// (an overspent budget) is clamped.
    static func eighths(_ fraction: Double, width: Int) -> [Int] {
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let total = Int((clamped * Double(max(0, width) * 8)).rounded())
        return (0..<max(0, width)).map { column in min(8, max(0, total - column * 8)) }
    }
}
