import KotaCerdasCore

/// The jump palette's box over the screen it was opened from: the query, a line saying
/// how many match, and the ranked results, each with its status, kind and dimension.
struct PaletteScreen {
    let context: ViewContext

    private var palette: PaletteState { context.state.palette }

    func draw(on canvas: inout Canvas) {
        let search = context.state.paletteResults
        let layout = PaletteLayout(body: canvas.localBounds, results: search.hits.count)
        let query = FuzzyQuery(palette.query)
        canvas.region(layout.box) { box in
            let inner = Panel(title: context.text(.paletteTitle), isFocused: true).draw(on: &box)
            box.region(Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)) { list in
                drawQuery(on: &list)
                list.put(summary(search, query: query), at: Point(x: 0, y: 1), maxWidth: list.width, role: .muted)
                let rows = layout.resultRows
                // New data may have shortened the list under the selection.
                let selected = min(palette.selected, max(0, search.hits.count - 1))
                let first = max(0, selected - rows + 1)
                for (row, index) in (first..<min(search.hits.count, first + rows)).enumerated() {
                    let line = Rect(x: 0, y: PaletteLayout.headerRows + row, width: list.width, height: 1)
                    list.region(line) { drawResult(search.hits[index].entity, isSelected: index == selected, query: query, on: &$0) }
                    list.markTarget(line, id: String(index), group: PaletteRoute.resultTargets)
                }
            }
        }
    }

    /// `: query▏`, the end of a query too long for the box.
    private func drawQuery(on canvas: inout Canvas) {
        let prompt = ": "
        let cursor = context.glyphs.isUnicode ? "▏" : "_"
        var shown = palette.query
        let room = canvas.width - prompt.count - 1
        while shown.displayWidth > room, !shown.isEmpty { shown.removeFirst() }
        let x = canvas.put(prompt, at: Point(x: 0, y: 0), role: .accent, bold: true)
        let typed = canvas.put(shown, at: Point(x: x, y: 0), maxWidth: room)
        canvas.put(cursor, at: Point(x: x + typed, y: 0), role: .accent)
    }

    private func summary(_ search: PaletteIndex.Search, query: FuzzyQuery) -> String {
        if query.isEmpty { return context.text(.paletteEmptyQuery) }
        if search.total == 0 { return context.text(.paletteNoMatch(palette.query)) }
        return context.text(.paletteMatches(search.hits.count, search.total))
    }

    /// `✓ Angka kemiskinan        indikator · Smart Economy`, the matched letters marked.
    private func drawResult(_ entity: Int, isSelected: Bool, query: FuzzyQuery, on canvas: inout Canvas) {
        let document = context.document
        let found = PaletteIndex.of(document).entities[entity]
        let dimension = document.dimensions[found.dimension]
        let (symbol, symbolRole, label, detail): (String, StyleRole, PaletteLabel, String)
        switch found.kind {
        case .dimension:
            let summary = DimensionDigest.all(of: document)[found.dimension].summary
            let score = summary.score.map { context.numbers.percent($0 * 100) } ?? context.unavailable
            (symbol, symbolRole) = (context.glyphs.isUnicode ? "◆" : "#", .accent)
            label = PaletteLabel(name: dimension.name, id: dimension.id, query: query, language: context.language)
            detail = context.text(.paletteScore(score))
        case .indicator:
            let indicator = dimension.indicators[found.position]
            (symbol, symbolRole) = (context.symbol(indicator.standing), context.role(indicator.standing))
            label = PaletteLabel(name: indicator.name, id: indicator.id, query: query, language: context.language)
            detail = context.name(dimension.name)
        case .program:
            let program = dimension.programs[found.position]
            (symbol, symbolRole) = (context.symbol(program.status), context.role(program.status))
            label = PaletteLabel(name: program.name, id: program.id, query: query, language: context.language)
            detail = context.name(dimension.name)
        }
        let base: StyleRole = isSelected ? .selection : .normal
        let quiet: StyleRole = isSelected ? .selection : .muted
        let matched: StyleRole = isSelected ? .selection : .match
        if isSelected { canvas.fill(role: .selection) }
        canvas.put(symbol, at: Point(x: 0, y: 0), maxWidth: 1, role: isSelected ? .selection : symbolRole)
        // Kind and dimension on the right take at most two fifths of the row.
        let right = context.text(.paletteKind(found.kind)) + " " + context.glyphs.listSeparator + " " + detail
        let rightWidth = min(right.displayWidth, canvas.width * 2 / 5)
        canvas.put(right, at: Point(x: canvas.width - rightWidth, y: 0), maxWidth: rightWidth, role: quiet)
        var name = PaletteLabel.spans(label.name, matches: label.nameMatches, role: base, matched: matched)
        if let other = label.other {
            name.add("  ", role: base)
            name = name + PaletteLabel.spans(other.text, matches: other.matches, role: quiet, matched: matched)
        }
        name.draw(on: &canvas, at: Point(x: 2, y: 0), maxWidth: max(0, canvas.width - rightWidth - 3))
    }
}
