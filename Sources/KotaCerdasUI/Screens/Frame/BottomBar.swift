import KotaCerdasCore

/// The bottom row: the keys that work here at the left (the route's hints), or for a few
/// seconds a notice (where an export went); the health of the data sources at the right.
struct BottomBar {
    let context: ViewContext
    /// The route's hints, from its entry in the route table.
    let hints: [KeyText?]

    func draw(on canvas: inout Canvas) {
        let right = sourceHealth
        if let notice = context.state.notice {
            let mark = notice.isFailure ? context.glyphs.statusOff : context.glyphs.statusOK
            StatusBar(left: mark + " " + notice.text(context.language), right: right).draw(on: &canvas)
            return
        }
        // Whole hints are dropped from the end rather than one cut in the middle.
        let room = canvas.width - right.displayWidth - 4
        var shown: [String] = []
        let hints = self.hints.compactMap { $0 }.map { "\($0.keys.text(context.glyphs)) \(context.text($0.text))" }
        for hint in hints {
            guard (shown + [hint]).joined(separator: "  ").displayWidth <= room else { break }
            shown.append(hint)
        }
        StatusBar(left: shown.joined(separator: "  "), right: right).draw(on: &canvas)
    }

    /// `i 2 sumber · 1 gagal`, or `i 1 sumber · semua baik` when every source is fine;
    /// the key in front opens the sources screen that explains it.
    private var sourceHealth: String {
        let health = context.health
        guard !health.sources.isEmpty else { return "i " + context.text(.noSources) }
        let count = health.count
        var parts = [context.text(.sources(health.sources.count))]
        if count(.failing) > 0 { parts.append(context.text(.sourcesFailing(count(.failing)))) }
        if count(.stale) > 0 { parts.append(context.text(.sourcesStale(count(.stale)))) }
        if count(.loading) > 0 { parts.append(context.text(.sourcesLoading(count(.loading)))) }
        if parts.count == 1 { parts.append(context.text(.sourcesOK)) }
        return "i " + parts.joined(separator: " \(context.glyphs.listSeparator) ")
    }
}
