import KotaCerdasCore

extension AppState {
    /// The palette's ranked results for what is typed.
    var paletteResults: PaletteIndex.Search {
        PaletteIndex.of(document).search(FuzzyQuery(palette.query), limit: PaletteState.resultLimit)
    }

    /// `:` opens the palette empty over what is shown; an overlay (the help) gives way.
    mutating func openPalette() {
        while let top = overlays.last, top.entry.layer == .overlay { overlays.removeLast() }
        palette.query = ""
        palette.selected = 0
        overlays.append(.palette)
    }

    /// One key while the palette is open: typing edits the query as a table filter is
    /// edited; Enter, Esc and the moving keys act on the results.
    mutating func editPalette(key: Key) -> [AppEffect] {
        switch TextEntry.apply(key, to: palette.query, bindings: KeyTable.paletteEditing) {
        case .quit: return [.quit]
        case .edited(let query):
            palette.query = query
            palette.selected = 0
        case .action(.back): overlays.removeAll { $0 == .palette }
        case .action(let action):
            // Moving over a list that is not shown would surprise the user later.
            guard size.isUsable else { return [] }
            route.entry.apply(action, to: &self)
        case .ignored: break
        }
        return []
    }

    /// Opens the selected result, remembering where the user was for Esc.
    mutating func openPaletteSelection() {
        let hits = paletteResults.hits
        guard !hits.isEmpty else { return }
        // New data may have shortened the list under the selection; the last is shown selected.
        let selected = hits[min(palette.selected, hits.count - 1)]
        let origin = backStack.filter { $0 != .palette }
        let target = PaletteIndex.of(document).route(of: selected.entity, in: document)
        route = target
        if let dimensionID = target.dimensionID { homeFocusID = dimensionID }
        detailSelectionID = nil
        palette.jump = PaletteState.Jump(origin: origin, target: target)
    }

    /// Esc on a screen opened from the palette: back to where the palette was opened.
    /// False when the screen was not opened from the palette.
    mutating func returnFromJump() -> Bool {
        guard let jump = palette.jump, overlays.isEmpty, screen == jump.target, let base = jump.origin.first else { return false }
        screen = valid(base)
        overlays = Array(jump.origin.dropFirst())
        detailSelectionID = nil
        palette.jump = nil
        return true
    }

    /// Forgets the way back once the user is no longer on the screen they jumped to.
    mutating func forgetLeftJump() {
        if let jump = palette.jump, screen != jump.target { palette.jump = nil }
    }

    /// Up, Down, PgUp, PgDn (and Home, End) over the results.
    mutating func movePaletteSelection(_ action: KeyAction) {
        let count = paletteResults.hits.count
        guard count > 0 else { return }
        let base = backStack.last { $0.entry.layer != .overlay } ?? screen
        let page = max(1, PaletteLayout(size: size, base: base, results: count).resultRows)
        let target: Int
        switch action {
        case .moveUp: target = palette.selected - 1
        case .moveDown: target = palette.selected + 1
        case .pageUp: target = palette.selected - page
        case .pageDown: target = palette.selected + page
        case .top: target = 0
        case .bottom: target = count - 1
        default: return
        }
        palette.selected = max(0, min(count - 1, target))
    }
}

extension PaletteIndex {
    /// The screen of entity number `entity`.
    func route(of entity: Int, in document: CityDocument) -> Route {
        let found = entities[entity]
        let dimension = document.dimensions[found.dimension]
        switch found.kind {
        case .dimension: return .dimension(dimension.id)
        case .indicator: return .indicator(dimensionID: dimension.id, id: dimension.indicators[found.position].id)
        case .program: return .program(dimensionID: dimension.id, id: dimension.programs[found.position].id)
        }
    }
}
