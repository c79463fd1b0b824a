/// Places values on a number of discrete levels between the lowest and highest value,
/// for sparklines and charts. Safe for any finite data: a flat series, or one whose span
/// overflows (values near ±1e308), puts every value mid-way instead of dividing by zero
/// or infinity, which would trap when converted to a level.
struct ValueScale {
    let low: Double
    let high: Double

    /// The level, 0 (lowest) to `levels - 1` (highest), of `value`.
    func level(of value: Double, levels: Int) -> Int {
        let middle = max(0, levels - 1) / 2
        let span = high - low
        guard levels > 1, span.isFinite, span > 0 else { return middle }
        let fraction = (value - low) / span
        guard fraction.isFinite else { return middle }
        return Int((min(1, max(0, fraction)) * Double(levels - 1)).rounded())
    }
}
