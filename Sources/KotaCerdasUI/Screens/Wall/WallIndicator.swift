import KotaCerdasCore

/// One indicator on the wall: its standing's symbol, its name and its standing in words
/// on the first row; below, its value in big digits with the unit, the target and
/// the recent history beside it, or in plain bold text where big digits do not fit.
struct WallIndicator {
    let context: ViewContext
    let indicator: Indicator

    func draw(on canvas: inout Canvas, digitHeight: Int?) {
        let standing = indicator.standing
        let label = context.label(standing)
        let labelWidth = label.displayWidth
        canvas.put(context.symbol(standing), at: Point(x: 0, y: 0), role: context.role(standing), bold: true)
        canvas.put(context.name(indicator.name), at: Point(x: 2, y: 0), maxWidth: max(0, canvas.width - labelWidth - 4), bold: true)
        canvas.put(label, at: Point(x: canvas.width - labelWidth, y: 0), role: context.role(standing))
        let figures = IndicatorFigures(indicator, context: context)
        let unit = figures.compactUnit
        let digits = figures.number(indicator.value) + (unit == "%" ? "%" : "")
        let beside = unit == "%" ? "" : unit
        if let digitHeight, let width = BigFont.width(of: digits, height: digitHeight), width + 4 + Self.besideWidth <= canvas.width {
            canvas.region(Rect(x: 2, y: 1, width: width, height: digitHeight)) { BigText(digits, height: digitHeight).draw(on: &$0) }
            drawBeside(unit: beside, figures: figures, on: &canvas, x: 2 + width + 2)
        } else {
            canvas.put(figures.withUnit(indicator.value, compact: true), at: Point(x: 2, y: 1), bold: true)
        }
    }

    /// Columns kept beside big digits for the unit, the target and the sparkline.
    static let besideWidth = 12

    private func drawBeside(unit: String, figures: IndicatorFigures, on canvas: inout Canvas, x: Int) {
        let width = canvas.width - x
        if !unit.isEmpty { canvas.put(unit, at: Point(x: x, y: 1), maxWidth: width) }
        if let target = indicator.target {
            canvas.put(context.text(.columnTarget) + " " + figures.withUnit(target, compact: true), at: Point(x: x, y: 2),
                       maxWidth: width, role: .muted)
        }
        canvas.region(Rect(x: x, y: 3, width: min(width, 12), height: 1)) {
            Sparkline(values: indicator.series.map(\.value), role: context.role(indicator.status)).draw(on: &$0)
        }
    }
}
