import KotaCerdasCore

/// One line of the newest open alerts, on home and in the kiosk rotation:
/// `⚠ 2 alerts  ✗ Waste handled off 57.1% vs target 80% since 17:02 WIB · ✗ …`, cut to the
/// width with an ellipsis. Absent while no alert is open, so a calm wall loses no row.
struct AlertTicker {
    let context: ViewContext

    /// Whether `route`, drawn from `state`, has the ticker under its body.
    static func isShown(in state: AppState, on route: Route) -> Bool {
        guard state.alerts.alerts.contains(where: \.isOpen) else { return false }
        return route == .home || state.kiosk != nil
    }

    func draw(on canvas: inout Canvas) {
        let open = context.state.alerts.open
        var spans = Spans(" " + context.alertMark + " " + context.text(.alerts(.tickerLead(open.count))) + " ",
                          role: .error, bold: true)
        for (index, alert) in open.enumerated() {
            spans.add(index == 0 ? " " : " " + context.glyphs.listSeparator + " ", role: .muted)
            spans.add(context.symbol(alert.to) + " " + context.name(alert.subject.name) + " " + context.word(alert.to),
                      role: context.role(alert.to), bold: true)
            spans.add(" " + context.figure(of: alert) + " " + context.text(.alerts(.since(context.dates.clock(alert.started)))),
                      role: .muted)
        }
        spans.draw(on: &canvas, at: Point(x: 0, y: 0), maxWidth: canvas.width)
    }
}

extension ViewContext {
    /// The alert sign of the title bar and the ticker.
    var alertMark: String { glyphs.isUnicode ? "⚠" : "(!)" }
}
