import KotaCerdasCore

/// One indicator on a home panel: status symbol, name, value with unit, target and a
/// sparkline of its history. In one row when space is short (narrow panels drop the
/// target, then the sparkline); in two rows, name above figures, when the panel is tall.
struct IndicatorLine {
    let context: ViewContext
    let indicator: Indicator

    /// Draws in one row at `y`.
    func draw(on canvas: inout Canvas, y: Int) {
        let name = drawFigures(on: &canvas, y: y, from: 2)
        drawName(on: &canvas, y: y, width: name)
    }

    /// Draws the name in row `y` and the figures, indented, in row `y + 1`.
    func drawTwoRows(on canvas: inout Canvas, y: Int) {
        drawName(on: &canvas, y: y, width: canvas.width - 2)
        _ = drawFigures(on: &canvas, y: y + 1, from: 2)
    }

    private func drawName(on canvas: inout Canvas, y: Int, width: Int) {
        let status = indicator.standing
        canvas.put(context.symbol(status), at: Point(x: 0, y: y), role: context.role(status), bold: true)
        canvas.put(context.name(indicator.name), at: Point(x: 2, y: y), maxWidth: max(0, width))
    }

    /// Draws value, target and sparkline right-aligned in row `y`; returns the columns
    /// left for the name between `left` and the value.
    private func drawFigures(on canvas: inout Canvas, y: Int, from left: Int) -> Int {
        let figures = IndicatorFigures(indicator, context: context)
        let value = figures.withUnit(indicator.value, compact: true)
        let target = indicator.target.map { (context.glyphs.isUnicode ? "→ " : "> ") + figures.number($0) } ?? ""
        let width = canvas.width
        let sparkWidth = width >= 44 ? 10 : (width >= 34 ? 6 : 0)
        let targetWidth = width >= 50 && !target.isEmpty ? max(8, target.displayWidth) : 0
        let valueWidth = min(14, max(value.displayWidth, 6))
        var right = width
        if sparkWidth > 0 {
            right -= sparkWidth
            canvas.region(Rect(x: right, y: y, width: sparkWidth, height: 1)) {
                Sparkline(values: indicator.series.map(\.value), role: context.role(indicator.status)).draw(on: &$0)
            }
            right -= 1
        }
        if targetWidth > 0 {
            right -= targetWidth
            canvas.put(target, at: Point(x: right, y: y), width: targetWidth, alignment: .right, role: .muted)
            right -= 1
        }
        right -= valueWidth
        canvas.put(value, at: Point(x: right, y: y), width: valueWidth, alignment: .right, role: .normal, bold: true)
        return right - left - 1
    }
}
