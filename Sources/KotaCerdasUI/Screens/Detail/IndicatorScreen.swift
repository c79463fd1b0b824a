import KotaCerdasCore

/// One indicator: its history chart with target and alert lines, the figures and why it
/// has its status, where the data comes from, and the programmes that move it.
struct IndicatorScreen {
    let context: ViewContext
    let dimension: Dimension
    let indicator: Indicator

    /// From this width the chart sits beside the facts instead of above them.
    static let sideBySideWidth = 80

    func draw(on canvas: inout Canvas) {
        let figures = IndicatorFigures(indicator, context: context)
        let status = indicator.standing
        DetailHeader(title: context.name(indicator.name), status: context.label(status), role: context.role(status))
            .draw(on: &canvas)
        let facts = self.facts(figures)
        let about = indicator.description.map(context.name) ?? ""
        let inner = Rect(x: 1, y: 2, width: canvas.width - 2, height: canvas.height - 2)
        if canvas.width >= Self.sideBySideWidth {
            let factsWidth = min(62, max(42, inner.width / 2))
            let chartRect = Rect(x: inner.x + factsWidth + 2, y: inner.y, width: inner.width - factsWidth - 2,
                                 height: max(6, inner.height / 2))
            canvas.region(chartRect) { drawChart(on: &$0, figures: figures) }
            canvas.region(Rect(x: inner.x, y: inner.y, width: factsWidth, height: inner.height)) { left in
                var y = facts.draw(on: &left, y: 0) + 1
                y = drawAbout(about, on: &left, y: y)
            }
            let linksTop = chartRect.maxY + 1
            canvas.region(Rect(x: chartRect.x, y: linksTop, width: chartRect.width, height: inner.maxY - linksTop)) {
                drawLinks(on: &$0, y: 0)
            }
        } else {
            let chartHeight = max(5, min(12, inner.height - facts.rows.count - 5))
            canvas.region(Rect(x: inner.x, y: inner.y, width: inner.width, height: chartHeight)) {
                drawChart(on: &$0, figures: figures)
            }
            canvas.region(Rect(x: inner.x, y: inner.y + chartHeight + 1, width: inner.width,
                               height: inner.height - chartHeight - 1)) { rest in
                var y = facts.draw(on: &rest, y: 0) + 1
                y = drawAbout(about, on: &rest, y: y)
                drawLinks(on: &rest, y: y)
            }
        }
    }

    private func facts(_ figures: IndicatorFigures) -> FactList {
        var facts = FactList()
        var current = Spans(figures.withUnit(indicator.value), role: .normal, bold: true)
        if indicator.trend != .unknown {
            current.add("  " + context.symbol(indicator.trend) + " " + context.text(.trend(indicator.trend)), role: .muted)
        }
        facts.add(context.text(.current), current)
        facts.add(context.text(.columnTarget), figures.withUnit(indicator.target))
        if indicator.baseline != nil {
            facts.add(context.text(.baseline), figures.withUnit(indicator.baseline), role: .muted)
        }
        if let attainment = indicator.attainment {
            var line = Spans(BarText.make(attainment, width: 10, glyphs: context.glyphs) + " ", role: .chart)
            line.add(context.numbers.percent(attainment * 100), bold: true)
            facts.add(context.text(.attainment), line)
        }
        let status = indicator.standing
        facts.add(context.text(.columnStatus), context.label(status), role: context.role(status), bold: true)
        facts.add(context.text(.why), context.text(.reason(StatusReason.reason(for: indicator, figures: figures))))
        facts.add("", context.text(.better(indicator.better)), role: .muted)
        if let source = indicator.source { facts.add(context.text(.source), source) }
        if let updated = indicator.updatedAt {
            var line = Spans(context.dates.date(updated))
            line.add("  (" + context.age(of: updated) + ")", role: context.isStale(updated) ? .watch : .muted)
            facts.add(context.text(.columnUpdated), line)
        }
        return facts
    }

    private func drawChart(on canvas: inout Canvas, figures: IndicatorFigures) {
        let series = indicator.series
        let levels = indicator.better == .target ? nil : Thresholds(for: indicator)
        SectionHeading.draw(context.text(.history), on: &canvas, y: 0)
        let known = series.compactMap(\.value) + [indicator.target, levels?.warn, levels?.critical].compactMap { $0 }
        // The value axis is as wide as its longest label; the plot gets the rest.
        let axisWidth = [known.min(), known.max()].compactMap { $0.map { figures.number($0).displayWidth } }.max() ?? 0
        let dotColumns = (canvas.width - axisWidth - 1) * (context.glyphs.isUnicode ? 2 : 1)
        let stretched = ChartSeries(points: series.map { ($0.value, context.dates.shortMonth($0.at)) }, columns: dotColumns)
        canvas.region(Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 2)) {
            LineChart(values: stretched.values, timeLabels: stretched.labels,
                      target: indicator.target, warning: levels?.warn, critical: levels?.critical,
                      format: context.numbers, decimals: figures.decimals).draw(on: &$0)
        }
        var legend = Spans(context.glyphs.dashed + context.glyphs.dashed + " " + context.text(.columnTarget).lowercased(), role: .target)
        if levels != nil {
            legend.add("   " + context.glyphs.dotted + context.glyphs.dotted + " " + context.text(.legendWarn), role: .watch)
            legend.add("   " + context.glyphs.heavyDotted + context.glyphs.heavyDotted + " " + context.text(.legendCritical),
                       role: .off)
        }
        legend.draw(on: &canvas, at: Point(x: 0, y: canvas.height - 1))
    }

    private func drawAbout(_ about: String, on canvas: inout Canvas, y: Int) -> Int {
        guard !about.isEmpty else { return y }
        let lines = about.wrapped(toWidth: canvas.width).prefix(3)
        for (index, line) in lines.enumerated() {
            canvas.put(line, at: Point(x: 0, y: y + index), role: .muted)
        }
        return y + lines.count + 1
    }

    private func drawLinks(on canvas: inout Canvas, y: Int) {
        SectionHeading.draw(context.text(.linkedPrograms), on: &canvas, y: y)
        let rows = DetailLinks.programs(linkedTo: indicator.id, in: dimension).map { program in
            var line = Spans(context.symbol(program.status) + " ", role: context.role(program.status), bold: true)
            line.add(context.name(program.name))
            line.add("  " + context.text(.programStatus(program.status)).lowercased(), role: context.role(program.status))
            if let progress = program.progress {
                line.add("  " + context.numbers.percent(progress * 100), role: .muted)
            }
            return (program.id, line)
        }
        LinkList(rows: rows, selectedID: context.state.detailSelectionID)
            .draw(on: &canvas, y: y + 1, emptyText: context.text(.none))
    }
}
