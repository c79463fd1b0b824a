import KotaCerdasCore

/// One indicator on a home panel: status symbol, name, value with unit, target and a
/// sparkline of its history. Narrow panels drop the target, then the sparkline.
struct IndicatorLine {
    let context: ViewContext
    let indicator: Indicator

    func draw(on canvas: inout Canvas, y: Int) {
        let figures = IndicatorFigures(indicator, context: context)
        let status = indicator.status
        let value = figures.withUnit(indicator.value)
        let target = indicator.target.map { (context.glyphs.isUnicode ? "→ " : "> ") + figures.number($0) } ?? ""
        let width = canvas.width
        let sparkWidth = width >= 44 ? 10 : (width >= 34 ? 6 : 0)
        let targetWidth = width >= 50 && !target.isEmpty ? max(8, target.displayWidth) : 0
        let valueWidth = min(12, max(value.displayWidth, 6))
        var right = width
        if sparkWidth > 0 {
            right -= sparkWidth
            canvas.region(Rect(x: right, y: y, width: sparkWidth, height: 1)) {
                Sparkline(values: indicator.series.map(\.value), role: context.role(status)).draw(on: &$0)
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
        canvas.put(context.symbol(status), at: Point(x: 0, y: y), role: context.role(status), bold: true)
        canvas.put(context.name(indicator.name), at: Point(x: 2, y: y), maxWidth: max(0, right - 3))
    }
}
