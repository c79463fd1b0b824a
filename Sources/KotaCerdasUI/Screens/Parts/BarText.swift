/// A bar as text, for table cells: `██████▍░░░` filled to `fraction` with eighth-cell
/// precision. The table widget takes text cells, so the bar is spelled out here with
/// the same glyphs the gauge widget uses.
enum BarText {
    static func make(_ fraction: Double, width: Int, glyphs: GlyphSet) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((clamped * Double(width * 8)).rounded())
        return (0..<max(0, width)).map { column in
            let filled = min(8, max(0, eighths - column * 8))
            return glyphs.gaugeEighths[filled]
        }.joined()
    }
}
