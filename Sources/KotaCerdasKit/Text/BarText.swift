/// A bar as text, for table cells: `██████▍░░░` filled to `fraction` with eighth-cell
/// precision. The table widget takes text cells, so the bar is spelled out here with
/// the same glyphs the gauge widget uses.
public enum BarText {
    public static func make(_ fraction: Double, width: Int, glyphs: GlyphSet) -> String {
        Gauge.eighths(fraction, width: width).map { glyphs.gaugeEighths[$0] }.joined()
    }
}
