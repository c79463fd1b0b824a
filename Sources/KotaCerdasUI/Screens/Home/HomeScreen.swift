import KotaCerdasCore

/// The overview: one live panel per dimension, in the data's order, laid out by
/// `HomeLayout`.
struct HomeScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let state = context.state
        guard !state.document.dimensions.isEmpty else {
            canvas.put(context.text(.noIndicators), at: Point(x: 2, y: 1), role: .muted)
            return
        }
        let layout = HomeLayout(state: state)
        let origin = ScreenFrame(size: state.size, route: .home).body
        for panel in layout.panels {
            let dimension = state.document.dimensions[panel.index]
            let local = Rect(x: panel.rect.x - origin.x, y: panel.rect.y - origin.y,
                             width: panel.rect.width, height: panel.rect.height)
            canvas.region(local) { panelCanvas in
                DimensionPanel(context: context, dimension: dimension, number: panel.index + 1,
                               isFocused: panel.index == state.homeFocusIndex).draw(on: &panelCanvas)
            }
        }
        // Arrows at the right edge tell that more panels are above or below.
        if layout.scroll > 0 {
            canvas.set(context.glyphs.arrowUp, at: Point(x: canvas.width - 1, y: 0), role: .accent)
        }
        if layout.scroll + layout.visibleRows < layout.totalRows {
            canvas.set(context.glyphs.arrowDown, at: Point(x: canvas.width - 1, y: canvas.height - 1), role: .accent)
        }
    }
}
