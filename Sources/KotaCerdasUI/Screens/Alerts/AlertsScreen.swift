import KotaCerdasCore

/// Every alert kept, newest first: when it started, what it is about, how its status
/// changed, its figure against the target, and how long it lasted or that it is ongoing.
struct AlertsScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let book = context.state.alerts
        canvas.region(Rect(x: 1, y: 0, width: canvas.width - 2, height: canvas.height)) { body in
            SectionHeading.draw(
                context.text(.alerts(.title)) + "  "
                    + context.text(.alerts(.counts(open: book.open.count, total: book.alerts.count))),
                on: &body, y: 0)
            guard !book.alerts.isEmpty else {
                body.put(context.text(.alerts(.noAlerts)), at: Point(x: 0, y: 2), role: .ok, bold: true)
                for (index, line) in context.text(.alerts(.noAlertsExplained)).wrapped(toWidth: body.width).enumerated() {
                    body.put(line, at: Point(x: 0, y: 3 + index), role: .muted)
                }
                return
            }
            body.region(Rect(x: 0, y: 2, width: body.width, height: body.height - 2)) { table in
                Table(columns: columns, rowCount: book.alerts.count, selectedRow: context.state.alertSelection) {
                    row(book.alerts[$0])
                }.draw(on: &table)
            }
        }
    }

    /// Start, status and duration are as wide as their widest cell; what and the figure
    /// share the rest.
    private var columns: [TableColumn] {
        let alerts = context.state.alerts.alerts
        let fitted = { (title: String, cells: [String]) in
            TableColumn(title, width: .fixed(([title] + cells).map(\.displayWidth).max() ?? 0))
        }
        let duration = context.text(.alerts(.columnDuration))
        let durations = [duration, context.text(.alerts(.ongoing))] + alerts.map(context.duration)
        return [
            fitted(context.text(.alerts(.columnStarted)), alerts.map { context.moment($0.started) }),
            TableColumn(context.text(.alerts(.columnWhat)), width: .flexible(weight: 3)),
            fitted(context.text(.alerts(.columnChange)), alerts.map(context.change)),
            TableColumn(context.text(.alerts(.columnValue)), width: .flexible(weight: 2)),
            TableColumn.numeric(duration, width: .fixed(durations.map(\.displayWidth).max() ?? 0)),
        ]
    }

    private func row(_ alert: Alert) -> [TableCell] {
        let what = context.text(.alerts(.kind(alert.subject.kind))) + ": " + context.name(alert.subject.name)
        return [
            TableCell(context.moment(alert.started), role: .muted),
            TableCell(what, role: alert.isOpen ? .normal : .muted),
            TableCell(context.change(of: alert), role: alert.isOpen ? context.role(alert.to) : .muted),
            TableCell(context.figure(of: alert), role: .muted),
            TableCell(context.duration(of: alert), role: alert.isOpen ? context.role(alert.to) : .muted),
        ]
    }
}
