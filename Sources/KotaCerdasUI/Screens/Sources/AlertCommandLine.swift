import KotaCerdasCore

/// The alert command on the sources screen: what it runs and how its last run ended,
/// a failure (exit status, timeout, not found) in the error role.
struct AlertCommandLine {
    let context: ViewContext
    let report: AlertCommandReport

    /// Draws from row `y`; returns the rows used.
    func draw(on canvas: inout Canvas, y: Int) -> Int {
        let outcome: String
        if let run = report.lastRun {
            let time = context.dates.clock(run)
            outcome = report.lastFailure.map { context.text(.alerts(.commandFailed(time, $0))) }
                ?? context.text(.alerts(.commandOK(time)))
        } else {
            outcome = context.text(.alerts(.commandNotRun))
        }
        let failed = report.lastFailure != nil
        let symbol = failed ? context.glyphs.statusOff : context.glyphs.statusOK
        let command = (context.text(.alerts(.command)) + ": " + report.arguments.joined(separator: " "))
            .wrapped(toWidth: canvas.width)
        let result = (symbol + " " + outcome).wrapped(toWidth: canvas.width)
        for (index, line) in command.enumerated() {
            canvas.put(line, at: Point(x: 0, y: y + index))
        }
        for (index, line) in result.enumerated() {
            canvas.put(line, at: Point(x: 0, y: y + command.count + index), role: failed ? .off : .muted, bold: failed)
        }
        return command.count + result.count
    }
}
