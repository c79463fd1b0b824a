import KotaCerdasCore

/// The health of every data source: a plain sentence at the top while cached data
/// stands in, then the source table with each error in words.
struct SourcesScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let inner = Rect(x: 1, y: 0, width: canvas.width - 2, height: canvas.height)
        canvas.region(inner) { body in
            var y = 0
            if let notice = CacheNotice(context: context).text {
                for line in notice.wrapped(toWidth: body.width) {
                    body.put(line, at: Point(x: 0, y: y), role: .watch, bold: true)
                    y += 1
                }
                y += 1
            }
            if let command = context.state.alertCommand {
                y += AlertCommandLine(context: context, report: command).draw(on: &body, y: y) + 1
            }
            SectionHeading.draw(context.text(.dataSources) + "  \(context.state.sources.count)", on: &body, y: y)
            y += 2
            body.region(Rect(x: 0, y: y, width: body.width, height: body.height - y)) {
                SourceTable(context: context).draw(on: &$0)
            }
        }
    }
}

/// "Showing cached data from 3 h ago: live sources have not answered yet", or nil
/// while no cache stands in.
struct CacheNotice {
    let context: ViewContext

    var text: String? {
        guard let cache = context.health.cache else { return nil }
        let age = (cache.lastSuccess ?? context.document.asOf?.instant)
            .map { context.ages.relative(from: $0, to: context.state.now) } ?? context.unavailable
        return context.glyphs.statusWatch + " " + context.text(.showingCache(age))
    }
}
