import KotaCerdasCore

/// The overview: one live panel per dimension, in the data's order, laid out by
/// `HomeLayout`.
struct HomeScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let state = context.state
        guard !state.document.dimensions.isEmpty else {
            if state.document.index != nil || state.document.note != nil {
                IndexOnlyScreen(context: context).draw(on: &canvas)
            } else {
                canvas.put(context.text(.noIndicators), at: Point(x: 2, y: 1), role: .muted)
            }
            return
        }
        if context.showsWall, let grid = WallGrid(count: state.document.dimensions.count, width: canvas.width, height: canvas.height) {
            drawWall(grid, on: &canvas)
            return
        }
        let layout = HomeLayout(state: state)
        let origin = ScreenFrame(state: state, route: .home).body
        let digests = DimensionDigest.all(of: state.document)
        var panels = layout.panels.map { panel in
            DimensionPanel(context: context, dimension: state.document.dimensions[panel.index], digest: digests[panel.index],
                           number: panel.index + 1,
                           isFocused: panel.index == state.homeFocusIndex)
        }
        // Panels of one height (a row of the grid, or every full row) share a wording;
        // a shorter last row may need a shorter one without shortening the rest.
        var wordings: [Int: DimensionPanel.Wording] = [:]
        for (panel, placed) in zip(panels, layout.panels) {
            let size = DimensionPanel.contentSize(of: placed.rect)
            let needed = panel.wording(width: size.width, height: size.height)
            wordings[size.height] = wordings[size.height].map { $0.merged(needed) } ?? needed
        }
        for (index, placed) in layout.panels.enumerated() {
            panels[index].wording = wordings[DimensionPanel.contentSize(of: placed.rect).height] ?? DimensionPanel.Wording()
        }
        for (panel, placed) in zip(panels, layout.panels) {
            let local = Rect(x: placed.rect.x - origin.x, y: placed.rect.y - origin.y,
                             width: placed.rect.width, height: placed.rect.height)
            canvas.region(local) { panel.draw(on: &$0) }
            canvas.markTarget(local, id: panel.dimension.id, group: HomeRoute.panelTargets)
        }
        // Arrows at the right edge tell that more panels are above or below.
        if layout.scroll > 0 {
            canvas.set(context.glyphs.arrowUp, at: Point(x: canvas.width - 1, y: 0), role: .accent)
        }
        if layout.scroll + layout.visibleRows < layout.totalRows {
            canvas.set(context.glyphs.arrowDown, at: Point(x: canvas.width - 1, y: canvas.height - 1), role: .accent)
        }
    }

    /// The kiosk on a wall: a tile per dimension with its headline numbers in big digits.
    private func drawWall(_ grid: WallGrid, on canvas: inout Canvas) {
        let state = context.state
        let digests = DimensionDigest.all(of: state.document)
        var tiles = grid.tiles.indices.map { index in
            WallTile(context: context, dimension: state.document.dimensions[index], number: index + 1,
                     isFocused: index == state.homeFocusIndex, digest: digests[index])
        }
        let layout = WallScore.Layout.candidates.first { layout in
            zip(tiles, grid.tiles).allSatisfy { $0.fits(layout, in: $1) }
        }
        for index in tiles.indices {
            if let layout { tiles[index].scoreLayout = layout }
            tiles[index].draw(on: &canvas, in: grid.tiles[index])
            canvas.markTarget(grid.tiles[index], id: tiles[index].dimension.id, group: HomeRoute.panelTargets)
        }
    }
}
