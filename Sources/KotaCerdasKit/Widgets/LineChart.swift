/// A history as a line: braille dots (ASCII dots without Unicode), a left value axis
/// labelled with the lowest and highest value, a bottom time axis labelled at the first,
/// middle and last point shown, a dashed target line and dotted threshold lines.
public struct LineChart: Widget, Sendable {
    /// The history, oldest first; nil or NaN is a gap.
    public var values: [Double?]
    /// One label per value (e.g. `Jan`, `10:00`); the axis shows three of them.
    public var timeLabels: [String]
    public var target: Double?
    public var warning: Double?
    public var critical: Double?
    /// Formats the axis values in the reader's language.
    public var format: any AxisFormat
    public var decimals: Int

    /// A chart of `values`; reference lines left nil are not drawn.
    public init(
        values: [Double?],
        timeLabels: [String] = [],
        target: Double? = nil,
        warning: Double? = nil,
        critical: Double? = nil,
        format: any AxisFormat,
        decimals: Int = 0
    ) {
        self.values = values
        self.timeLabels = timeLabels
        self.target = target
        self.warning = warning
        self.critical = critical
        self.format = format
        self.decimals = decimals
    }

    /// Draws the chart over the whole canvas; the most recent points that fit are shown.
    /// Draws nothing when there is no finite value at all.
    public func draw(on canvas: inout Canvas) {
        let plotHeight = canvas.height - 1
        let references = [target, warning, critical].compactMap { $0 }.filter(\.isFinite)
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard plotHeight >= 1, var low = (known + references).min(), var high = (known + references).max() else {
            return
        }
        if low == high {
            low -= 1
            high += 1
        }
        let highLabel = format.decimal(high, decimals: decimals)
        let lowLabel = format.decimal(low, decimals: decimals)
        let axisX = max(highLabel.displayWidth, lowLabel.displayWidth)
        var grid = DotGrid(cellWidth: canvas.width - axisX - 1, cellHeight: plotHeight, glyphs: canvas.glyphs)
        guard grid.cellWidth >= 1 else { return }

        drawValueAxis(on: &canvas, x: axisX, height: plotHeight, high: highLabel, low: lowLabel)
        let levels = ValueScale(low: low, high: high)
        let scale = { (value: Double) -> Int in
            grid.dotHeight - 1 - levels.level(of: value, levels: grid.dotHeight)
        }
        let lines: [(Double?, String, StyleRole)] = [
            (critical, canvas.glyphs.heavyDotted, .off),
            (warning, canvas.glyphs.dotted, .watch),
            (target, canvas.glyphs.dashed, .target),
        ]
        for case let (value?, glyph, role) in lines where value.isFinite {
            let row = scale(value) / grid.rowsPerCell
            canvas.horizontalLine(at: Point(x: axisX + 1, y: row), length: grid.cellWidth, glyph: glyph, role: role)
        }

        let shown = Array(values.suffix(grid.dotWidth))
        var previous: Int?
        for (x, value) in shown.enumerated() {
            guard let value, value.isFinite else {
                previous = nil
                continue
            }
            let y = scale(value)
            // Joining to the previous point's height keeps steep changes a connected line.
            for dotY in min(y, previous ?? y)...max(y, previous ?? y) {
                grid.set(x: x, y: dotY)
            }
            previous = y
        }
        for row in 0..<grid.cellHeight {
            for column in 0..<grid.cellWidth {
                if let glyph = grid.glyph(column: column, row: row) {
                    canvas.set(glyph, at: Point(x: axisX + 1 + column, y: row), role: .chart)
                }
            }
        }
        drawTimeAxis(on: &canvas, plotX: axisX + 1, row: plotHeight, shownCount: shown.count, grid: grid)
    }

    private func drawValueAxis(on canvas: inout Canvas, x: Int, height: Int, high: String, low: String) {
        canvas.verticalLine(at: Point(x: x, y: 0), length: height)
        canvas.set(canvas.glyphs.axisTick, at: Point(x: x, y: 0), role: .border)
        canvas.put(high, at: Point(x: 0, y: 0), width: x, alignment: .right, role: .muted)
        if height > 1 {
            canvas.set(canvas.glyphs.axisTick, at: Point(x: x, y: height - 1), role: .border)
            canvas.put(low, at: Point(x: 0, y: height - 1), width: x, alignment: .right, role: .muted)
        }
    }

    /// Labels the first, last and middle point shown, each only where it does not
    /// touch a label already placed.
    private func drawTimeAxis(on canvas: inout Canvas, plotX: Int, row: Int, shownCount: Int, grid: DotGrid) {
        guard shownCount > 0, timeLabels.count == values.count else { return }
        let first = values.count - shownCount
        let last = values.count - 1
        let sanitizer = canvas.glyphs.sanitizer
        let labelAt = { (index: Int) in sanitizer.sanitize(timeLabels[index]) }
        let cellOf = { (index: Int) in plotX + (index - first) / grid.columnsPerCell }

        let firstLabel = labelAt(first)
        let firstEnd = plotX + firstLabel.displayWidth
        canvas.put(firstLabel, at: Point(x: plotX, y: row), role: .muted)
        guard last > first else { return }
        let lastLabel = labelAt(last)
        let lastEnd = max(cellOf(last) + 1, firstEnd + 1 + lastLabel.displayWidth)
        guard lastEnd <= canvas.width else { return }
        let lastStart = lastEnd - lastLabel.displayWidth
        canvas.put(lastLabel, at: Point(x: lastStart, y: row), role: .muted)
        let middle = first + (last - first) / 2
        guard middle > first else { return }
        let middleLabel = labelAt(middle)
        let middleStart = cellOf(middle) - middleLabel.displayWidth / 2
        if middleStart > firstEnd, middleStart + middleLabel.displayWidth < lastStart {
            canvas.put(middleLabel, at: Point(x: middleStart, y: row), role: .muted)
        }
    }
}
