import KotaCerdasCore

/// Every city side by side, ranked by overall score: the table, then what its
/// numbered dimension columns are, how the overall score is made and the note of the
/// selected city (such as "illustrative values").
struct CitiesScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let state = context.state
        let rows = CityRows(state)
        let layout = CitiesLayout(state: state)
        let cities = CitiesTable(context: context, rows: rows)
        let selected = rows.selectedRow(state.citiesTable)
        canvas.region(layout.table) { area in
            let table = cities.table(width: area.width)
            let offset = Table(columns: table.columns, rowCount: rows.order.count, selectedRow: selected, row: table.row)
                .draw(on: &area)
            for line in 0..<min(layout.visibleRows, rows.order.count - offset) {
                area.markTarget(Rect(x: 0, y: line + 1, width: area.width, height: 1), id: rows.ids[offset + line],
                                group: CitiesRoute.rowTargets)
            }
        }
        canvas.region(layout.footer) { footer in
            var lines: [(String, StyleRole)] = []
            let hidden = cities.hiddenDimensions(width: layout.table.width)
            let legend = cities.legend.prefix(cities.legend.count - hidden).map { "\($0.number) \($0.name)" }
            if !legend.isEmpty { lines.append((legend.joined(separator: " " + context.glyphs.listSeparator + " "), .muted)) }
            if hidden > 0 { lines.append((context.text(.dimensionsNotShown(hidden)), .muted)) }
            let indexName = rows.cities.compactMap(\.index).first.map { context.name($0.name) }
            lines.append((context.text(indexName.map(UIText.overallFromIndex) ?? .overallFromDimensions), .muted))
            if rows.order.indices.contains(selected), let note = rows.cities[rows.order[selected]].note {
                lines.append((context.text(.note) + ": " + context.name(note), .watch))
            }
            for (y, line) in lines.prefix(footer.height).enumerated() {
                footer.put(line.0, at: Point(x: 0, y: y), maxWidth: footer.width, role: line.1)
            }
        }
    }
}
