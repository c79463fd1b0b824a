import KotaCerdasCore

/// The home of a city whose document has no dimensions, such as a national ranking that
/// publishes one index score per city: the score, rank, category and source, and the
/// document's note, instead of an empty panel grid.
struct IndexOnlyScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let document = context.document
        var y = 1
        let width = canvas.width - 4
        func line(_ text: String, role: StyleRole = .normal, bold: Bool = false) {
            for part in text.wrapped(toWidth: max(1, width)) where y < canvas.height {
                canvas.put(part, at: Point(x: 2, y: y), maxWidth: width, role: role, bold: bold)
                y += 1
            }
        }
        if let index = document.index {
            line(context.name(index.name), role: .title, bold: true)
            y += 1
            let score = context.numbers.decimal(index.score, decimals: 2) + " / " + context.numbers.decimal(index.scale)
            canvas.region(Rect(x: 2, y: y, width: min(width, 40), height: 1)) {
                Gauge(fraction: max(0, min(1, index.attainment)), label: score, role: .chart).draw(on: &$0)
            }
            y += 2
            if let rank = index.rank { line(context.text(.indexRank) + ": \(rank)") }
            if let category = index.category { line(context.text(.indexCategory) + ": " + context.name(category)) }
            if let source = index.source { line(context.text(.indexSource) + ": " + source, role: .muted) }
            y += 1
        }
        line(context.text(.indexOnly), role: .muted)
        if let note = document.note { line(context.text(.note) + ": " + context.name(note), role: .watch) }
    }
}
