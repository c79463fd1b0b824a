import KotaCerdasCore

/// An indicator's history spread across the chart's width. The chart widget plots one
/// dot column per value, so a year of monthly points would fill only a few cells; here
/// the points are joined by straight lines, one value per dot column.
struct ChartSeries {
    let values: [Double?]
    let labels: [String]

    /// `points` resampled to `columns` values; each sample is labelled with the nearest
    /// point's label. A gap (nil) stays a gap between its neighbours.
    init(points: [(value: Double?, label: String)], columns: Int) {
        guard points.count >= 2, columns > points.count else {
            values = points.map(\.value)
            labels = points.map(\.label)
            return
        }
        let span = Double(points.count - 1)
        var values: [Double?] = []
        var labels: [String] = []
        for column in 0..<columns {
            let position = Double(column) / Double(columns - 1) * span
            let left = min(points.count - 2, Int(position))
            let fraction = position - Double(left)
            if let a = points[left].value, let b = points[left + 1].value {
                values.append(a + (b - a) * fraction)
            } else {
                values.append(fraction < 0.5 ? points[left].value : points[left + 1].value)
            }
            labels.append(points[fraction < 0.5 ? left : left + 1].label)
        }
        self.values = values
        self.labels = labels
    }
}
