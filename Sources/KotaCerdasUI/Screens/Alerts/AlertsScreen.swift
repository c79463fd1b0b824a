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

    private var columns: [TableColumn] {
        let started = context.text(.alerts(.columnStarted))
        let duration = context.text(.alerts(.columnDuration))
        let change = context.text(.alerts(.columnChange))
        return [
            TableColumn(started, width: .fixed(max(started.displayWidth, 21))),
            TableColumn(context.text(.alerts(.columnWhat)), width: .flexible(weight: 3)),
            TableColumn(change, width: .fixed(max(change.displayWidth, 24))),
            TableColumn(context.text(.alerts(.columnValue)), width: .flexible(weight: 3)),
            TableColumn.numeric(duration, width: .fixed(max(duration.displayWidth, 11))),
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
