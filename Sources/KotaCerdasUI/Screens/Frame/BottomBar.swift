import KotaCerdasCore

/// The bottom row: the keys that work here at the left, the health of the data sources
/// at the right.
struct BottomBar {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let right = sourceHealth
        // Whole hints are dropped from the end rather than one cut in the middle.
        let room = canvas.width - right.displayWidth - 4
        var shown: [String] = []
        for hint in hints {
            guard (shown + [hint]).joined(separator: "  ").displayWidth <= room else { break }
            shown.append(hint)
        }
        StatusBar(left: shown.joined(separator: "  "), right: right).draw(on: &canvas)
    }

    private var hints: [String] {
        let state = context.state
        let arrows = context.glyphs.isUnicode ? "↑↓" : "Up/Dn"
        let allArrows = context.glyphs.isUnicode ? "←↑↓→" : "arrows"
        let pairs: [(String, UIText)]
        switch state.route {
        case .home where state.isWaitingForData:
            pairs = [("i", .dataSources), ("?", .hintHelp), ("q", .hintQuit)]
        case .home:
            pairs = [(allArrows, .hintMove), ("Enter", .hintOpen), ("1-9", .dimensionJump), ("?", .hintHelp), ("q", .hintQuit)]
        case .dimension(let id):
            let view = state.dimensionView(id)
            if view[view.focusedTable].isEditingFilter {
                pairs = [("Enter", .hintKeep), ("Esc", .hintClear), (arrows, .hintMove)]
            } else {
                pairs = [(arrows, .hintMove), ("Enter", .hintOpen), ("Tab", .hintSwitch), ("/", .hintFilter),
                         ("s", .hintSort), ("Esc", .hintBack), ("?", .hintHelp)]
            }
        case .indicator, .program:
            pairs = [(arrows, .hintMove), ("Enter", .hintOpen), ("Esc", .hintBack), ("?", .hintHelp), ("q", .hintQuit)]
        case .help, .sources:
            pairs = [("Esc", .hintBack), ("q", .hintQuit)]
        }
        return pairs.map { "\($0.0) \(context.text($0.1))" }
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
