import KotaCerdasCore

/// One programme: progress against the schedule, budget, who and where, milestones,
/// and the indicators it moves.
struct ProgramScreen {
    let context: ViewContext
    let dimension: Dimension
    let program: Program

    /// Bars are shorter in the narrower fact column of the side-by-side layout.
    private var barWidth: Int { context.state.size.width >= Self.sideBySideWidth ? 12 : 20 }
    static let sideBySideWidth = 110

    func draw(on canvas: inout Canvas) {
        DetailHeader(title: context.name(program.name), status: context.label(program.status),
                     role: context.role(program.status)).draw(on: &canvas)
        let inner = Rect(x: 1, y: 2, width: canvas.width - 2, height: canvas.height - 2)
        let facts = self.facts()
        if canvas.width >= Self.sideBySideWidth {
            let leftWidth = inner.width / 2 - 1
            canvas.region(Rect(x: inner.x, y: inner.y, width: leftWidth, height: inner.height)) { left in
                let y = facts.draw(on: &left, y: 0) + 1
                drawAbout(on: &left, y: y)
            }
            canvas.region(Rect(x: inner.x + leftWidth + 2, y: inner.y, width: inner.width - leftWidth - 2,
                               height: inner.height)) { right in
                let y = drawMilestones(on: &right, y: 0) + 1
                drawLinks(on: &right, y: y)
            }
        } else {
            canvas.region(inner) { area in
                var y = facts.draw(on: &area, y: 0) + 1
                y = drawMilestones(on: &area, y: y) + 1
                drawLinks(on: &area, y: y)
            }
        }
    }

    private func facts() -> FactList {
        var facts = FactList()
        let now = context.state.now
        if let progress = program.progress {
            var line = Spans(BarText.make(progress, width: barWidth, glyphs: context.glyphs) + " ", role: .chart)
            line.add(context.numbers.percent(progress * 100), bold: true)
            facts.add(context.text(.progress), line)
        }
        if let elapsed = program.elapsed(at: now) {
            var line = Spans(BarText.make(elapsed, width: barWidth, glyphs: context.glyphs) + " ", role: .muted)
            line.add(context.numbers.percent(elapsed * 100))
            if let slip = program.slipDays(at: now) {
                let (text, role): (UIText, StyleRole) = slip > 0 ? (.ahead(slip), .ok)
                    : (slip < 0 ? (.behind(-slip), .off) : (.onSchedule, .ok))
                line.add("  " + context.text(text), role: role, bold: true)
            }
            facts.add(context.text(.elapsed), line)
        }
        if let budget = program.budget {
            var line = Spans(money(budget.allocated, currency: budget.currency), bold: true)
            line.add(" " + context.text(.allocated).lowercased(), role: .muted)
            line.add("  " + money(budget.spent, currency: budget.currency), bold: true)
            line.add(" " + context.text(.spent).lowercased(), role: .muted)
            facts.add(context.text(.budget), line)
            if let absorption = program.absorption {
                var bar = Spans(BarText.make(absorption, width: barWidth, glyphs: context.glyphs) + " ",
                                role: absorption > 1 ? .off : .chart)
                bar.add(context.numbers.percent(absorption * 100), bold: true)
                facts.add(context.text(.absorption), bar)
            }
        }
        if !program.owner.isEmpty { facts.add(context.text(.owner), program.owner) }
        if let area = program.area, dimension.areas.indices.contains(area - 1) {
            facts.add(context.text(.area), context.name(dimension.areas[area - 1]))
        }
        let dash = context.glyphs.isUnicode ? " – " : " - "
        let start = program.start.map(context.dates.date) ?? "?"
        let end = program.end.map(context.dates.date) ?? "?"
        if program.start != nil || program.end != nil { facts.add(context.text(.schedule), start + dash + end) }
        if let updated = program.updatedAt {
            facts.add(context.text(.columnUpdated), context.age(of: updated), role: .muted)
        }
        return facts
    }

    /// Rupiah in compact form; other currencies as plain grouped numbers with their code.
    private func money(_ amount: Double, currency: String) -> String {
        currency == "IDR" ? context.money.compact(amount) : currency + " " + context.numbers.decimal(amount)
    }

    private func drawAbout(on canvas: inout Canvas, y: Int) {
        guard let about = program.description.map(context.name), !about.isEmpty else { return }
        for (index, line) in about.wrapped(toWidth: canvas.width).prefix(4).enumerated() {
            canvas.put(line, at: Point(x: 0, y: y + index), role: .muted)
        }
    }

    /// Returns the row after the list.
    private func drawMilestones(on canvas: inout Canvas, y: Int) -> Int {
        SectionHeading.draw(context.text(.milestones), on: &canvas, y: y)
        guard !program.milestones.isEmpty else {
            canvas.put(context.text(.none), at: Point(x: 2, y: y + 1), role: .muted)
            return y + 2
        }
        let overdue = program.overdueMilestones(at: context.state.now)
        let dueWidth = program.milestones.compactMap { $0.due.map(context.dates.date)?.displayWidth }.max() ?? 0
        for (index, milestone) in program.milestones.enumerated() {
            let row = y + 1 + index
            let (mark, word, role): (String, UIText, StyleRole) = milestone.done
                ? (context.glyphs.statusOK, .milestoneDone, .ok)
                : (overdue.contains(milestone) ? (context.glyphs.statusOff, .milestoneOverdue, .off)
                    : (context.glyphs.statusNoData, .milestoneUpcoming, .muted))
            let wordText = context.text(word)
            let wordWidth = [UIText.milestoneDone, .milestoneOverdue, .milestoneUpcoming]
                .map { context.text($0).displayWidth }.max() ?? 0
            let right = canvas.width - wordWidth
            canvas.put(mark, at: Point(x: 1, y: row), role: role, bold: true)
            canvas.put(wordText, at: Point(x: right, y: row), role: role)
            let due = milestone.due.map(context.dates.date) ?? ""
            canvas.put(due, at: Point(x: right - 2 - dueWidth, y: row), width: dueWidth, alignment: .right, role: .muted)
            canvas.put(context.name(milestone.name), at: Point(x: 3, y: row), maxWidth: max(0, right - dueWidth - 6))
        }
        return y + 1 + program.milestones.count
    }

    private func drawLinks(on canvas: inout Canvas, y: Int) {
        SectionHeading.draw(context.text(.linkedIndicators), on: &canvas, y: y)
        let rows = DetailLinks.indicators(of: program, in: dimension).map { indicator in
            let figures = IndicatorFigures(indicator, context: context)
            let status = indicator.standing
            var line = Spans(context.symbol(status) + " ", role: context.role(status), bold: true)
            line.add(context.name(indicator.name))
            line.add("  " + figures.withUnit(indicator.value, compact: true), bold: true)
            if let target = indicator.target {
                line.add(" / " + figures.number(target), role: .muted)
            }
            line.add("  " + context.text(.indicatorStatus(status)).lowercased(), role: context.role(status))
            return (indicator.id, line)
        }
        LinkList(rows: rows, selectedID: context.state.detailSelectionID)
            .draw(on: &canvas, y: y + 1, emptyText: context.text(.none))
    }
}
