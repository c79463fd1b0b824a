import KotaCerdasCore

/// The top row: city and framework at the left; at the right the markers (kiosk
/// rotation, open alerts, failing sources, DEMO), the data's date and the clock.
struct TitleBar {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        canvas.fill(Rect(x: 0, y: 0, width: canvas.width, height: 1), role: .statusBar)
        let document = context.document
        let isCities = context.state.screen == .cities
        var asOf = Spans()
        // The cities view dates the whole comparison by its newest city.
        let date = isCities ? context.state.cities.compactMap(\.asOf).max() : document.asOf
        if let date {
            // The separator keeps the data's date and the clock from reading as one timestamp.
            asOf.add(context.text(.asOf) + " " + context.dates.date(date) + " " + context.glyphs.listSeparator + " ",
                     role: .statusBar)
        }
        let clock = Spans(context.dates.clock(context.state.now) + " ", role: .statusBar, bold: true)
        // Markers are never cut: DEMO keeps demo figures from being taken for real, and a
        // failing source must not pass for fresh data. The date goes first, then the clock.
        let markers = self.markers
        let right = Spans.fitting([markers + asOf + clock, markers + clock, markers], width: canvas.width - 4)

        var left = Spans(" " + (isCities ? citiesTitle : document.city.name), role: .statusBar, bold: true)
        if !isCities, let framework = document.framework?.name.map(context.name), !framework.isEmpty {
            left.add(" " + context.glyphs.separator + " " + framework, role: .statusBar)
        }
        left.draw(on: &canvas, at: Point(x: 0, y: 0), maxWidth: max(0, canvas.width - right.width - 1))
        right.draw(on: &canvas, at: Point(x: max(0, canvas.width - right.width), y: 0))
    }

    /// `4 cities compared › Jawa Timur` when every city is in one province.
    private var citiesTitle: String {
        let cities = context.state.cities
        let title = context.text(.citiesCompared(cities.count))
        let provinces = Set(cities.map(\.city.province))
        guard provinces.count == 1, let province = provinces.first ?? nil else { return title }
        return title + " " + context.glyphs.separator + " " + province
    }

    /// `⟳ 2/4 · 30 dtk`, `⚠ 3` (open alerts), `✗ 1 sumber gagal`, `DEMO`, each followed by a space.
    private var markers: Spans {
        var spans = Spans()
        if let kiosk = context.state.kiosk {
            spans.add(kioskMarker(kiosk) + " ", role: kiosk.isPaused ? .statusBar : .accent, bold: !kiosk.isPaused)
        }
        let openAlerts = context.state.alerts.open.count
        if openAlerts > 0 {
            spans.add(" " + context.alertMark + " \(openAlerts) ", role: .error, bold: true)
            spans.add(" ", role: .statusBar)
        }
        let failing = context.health.count(.failing)
        if failing > 0 {
            spans.add(" " + context.glyphs.statusOff + " " + context.text(.sourcesFailingInTitle(failing)) + " ",
                      role: .error, bold: true)
            spans.add(" ", role: .statusBar)
        }
        if context.document.isDemo {
            spans.add(" " + context.text(.demo) + " ", role: .demo, bold: true)
            spans.add(" ", role: .statusBar)
        }
        return spans
    }

    /// Position and dwell rather than a countdown: the screen is redrawn only when
    /// something changes, and a countdown frozen between ticks would be wrong.
    private func kioskMarker(_ kiosk: Kiosk) -> String {
        let symbol = context.glyphs.isUnicode ? "⟳" : "@"
        guard !kiosk.isPaused else { return symbol + " " + context.text(.kioskPaused) }
        let count = context.state.kioskStops.count
        let position = count > 0 ? "\(kiosk.position % count + 1)/\(count) " + context.glyphs.listSeparator + " " : ""
        return symbol + " " + position + context.ages.duration(seconds: kiosk.playlist.dwell)
    }
}
