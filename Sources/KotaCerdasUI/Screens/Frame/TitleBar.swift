import KotaCerdasCore

/// The top row: city and framework at the left; the DEMO marker, the data's date and
/// the clock at the right.
struct TitleBar {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        canvas.fill(Rect(x: 0, y: 0, width: canvas.width, height: 1), role: .statusBar)
        let document = context.document
        var right = Spans()
        if let asOf = document.asOf {
            right.add(context.text(.asOf) + " " + context.dates.date(asOf) + "  ", role: .statusBar)
        }
        right.add(context.dates.clock(context.state.now) + " ", role: .statusBar, bold: true)
        var demo = Spans()
        if document.isDemo { demo.add(" " + context.text(.demo) + " ", role: .demo, bold: true) }

        var left = Spans(" " + document.city.name, role: .statusBar, bold: true)
        if let framework = document.framework?.name.map(context.name), !framework.isEmpty {
            left.add(" " + context.glyphs.separator + " " + framework, role: .statusBar)
        }
        // The DEMO marker must never be cut: it keeps demo figures from being taken for real.
        let rightWidth = right.width + demo.width + (demo.width > 0 ? 1 : 0)
        let showsRight = rightWidth + 4 <= canvas.width
        let leftLimit = canvas.width - (showsRight ? rightWidth + 1 : demo.width + 1)
        left.draw(on: &canvas, at: Point(x: 0, y: 0), maxWidth: max(0, leftLimit))
        if showsRight {
            right.draw(on: &canvas, at: Point(x: canvas.width - right.width, y: 0))
            demo.draw(on: &canvas, at: Point(x: canvas.width - rightWidth, y: 0))
        } else {
            demo.draw(on: &canvas, at: Point(x: canvas.width - demo.width, y: 0))
        }
    }
}
