import KotaCerdasCore

/// One dimension at a glance: score with a gauge, indicator status counts, its most
/// important indicators, programme counts and the age of its freshest data.
struct DimensionPanel {
    let context: ViewContext
    let dimension: Dimension
    /// The 1-based number that jumps here.
    let number: Int
    let isFocused: Bool
    /// Worked out once: both the wording and the drawing need it.
    let summary: DimensionSummary
    let important: [Indicator]
    /// The wording of the counts, shared by every panel on screen so neighbours of the
    /// same size read alike; `wording(width:height:)` tells what one panel needs.
    var wording = Wording()

    /// How much the counts are shortened: the most any panel on screen needs.
    struct Wording: Equatable {
        /// 0: full words, 1: one word per status, 2: symbols and numbers.
        var indicatorCounts = 0
        /// Programme counts as symbols and numbers on one row.
        var compactProgrammes = false

        /// The shorter of each, so both panels fit.
        func merged(_ other: Wording) -> Wording {
            Wording(indicatorCounts: max(indicatorCounts, other.indicatorCounts),
                    compactProgrammes: compactProgrammes || other.compactProgrammes)
        }
    }

    init(context: ViewContext, dimension: Dimension, digest: DimensionDigest, number: Int, isFocused: Bool) {
        self.context = context
        self.dimension = dimension
        self.number = number
        self.isFocused = isFocused
        summary = digest.summary
        important = digest.important
    }

    /// Shown at most, and at least when there is room: the brief's "3 to 5".
    static let maximumIndicators = 5

    func draw(on canvas: inout Canvas) {
        let inner = Panel(title: context.name(dimension.name), badge: number <= 9 ? "\(number)" : nil,
                          badgeRole: isFocused ? .accent : .muted, isFocused: isFocused).draw(on: &canvas)
        guard inner.width > 2, inner.height > 0 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        canvas.region(content) { body in drawContent(on: &body, summary: summary) }
    }

    /// The wording this panel needs at a content size of `width` × `height`.
    func wording(width: Int, height: Int) -> Wording {
        let counts = Self.separateCounts(height: height)
            ? countWordings(summary).firstIndex { $0.width <= width } ?? 2
            : 2
        let programmes = programmeLines(summary, width: width, rows: Self.programmeRows(height: height))
        return Wording(indicatorCounts: counts, compactProgrammes: programmes == nil)
    }

    /// The panel's content area inside `rect`: inside the border, one column of padding.
    static func contentSize(of rect: Rect) -> (width: Int, height: Int) {
        (rect.width - 4, rect.height - 2)
    }

    private static func separateCounts(height: Int) -> Bool { height >= 6 }

    private static func programmeRows(height: Int) -> Int { height >= 11 ? (height >= 17 ? 3 : 2) : 1 }

    private func drawContent(on canvas: inout Canvas, summary: DimensionSummary) {
        let width = canvas.width
        let height = canvas.height
        // Rows: score, counts, a gap, indicators, a gap, programmes, age. Short panels
        // drop the gaps first, then merge the counts into the score row; tall panels give
        // each indicator two rows and the programmes two.
        let roomy = height >= 11
        let separateCounts = Self.separateCounts(height: height)
        let programmeRows = Self.programmeRows(height: height)
        // The gap above the programmes is bottom-aligned spare room: it stays only when
        // it does not cost an indicator.
        let fixedRows = 1 + (separateCounts ? 1 : 0) + programmeRows + 1 + (roomy ? 1 : 0)
        let available = max(0, height - fixedRows)
        let wanted = min(Self.maximumIndicators, dimension.indicators.count)
        let twoRows = roomy && available >= 2 * max(1, min(3, wanted)) + 1
        let fitting = twoRows ? available / 2 : available - (roomy ? 1 : 0)
        let withGap = twoRows ? (available - 1) / 2 : fitting
        let indicatorCount = min(wanted, fitting > withGap && wanted > withGap ? fitting : withGap)
        var y = 0
        drawScore(on: &canvas, y: y, summary: summary, withCounts: !separateCounts)
        y += 1
        if separateCounts {
            counts(summary).draw(on: &canvas, at: Point(x: 0, y: y))
            y += 1
        }
        if roomy { y += 1 }
        for indicator in important.prefix(indicatorCount) {
            let line = IndicatorLine(context: context, indicator: indicator)
            if twoRows {
                line.drawTwoRows(on: &canvas, y: y)
                y += 2
            } else {
                line.draw(on: &canvas, y: y)
                y += 1
            }
        }
        if dimension.indicators.isEmpty, indicatorCount > 0 {
            canvas.put(context.text(.noIndicators), at: Point(x: 0, y: y), role: .muted)
        }
        // Bottom-aligned over the age, so a one-line compact form leaves its spare rows
        // to the gap above rather than a hole below.
        let lines = programmes(summary, width: width, rows: programmeRows)
        let bottom = height - 1 - lines.count
        for (offset, line) in lines.enumerated() {
            line.draw(on: &canvas, at: Point(x: 0, y: bottom + offset))
        }
        freshness(summary).draw(on: &canvas, at: Point(x: 0, y: height - 1))
    }

    private func drawScore(on canvas: inout Canvas, y: Int, summary: DimensionSummary, withCounts: Bool) {
        let label = context.text(.score) + " "
        let x = canvas.put(label, at: Point(x: 0, y: y), role: .muted)
        let percent = summary.score.map { context.numbers.percent($0 * 100) } ?? context.unavailable
        let countsText = withCounts ? countWordings(summary)[2] : Spans()
        let gaugeWidth = canvas.width - x - (withCounts ? countsText.width + 1 : 0)
        canvas.region(Rect(x: x, y: y, width: max(0, gaugeWidth), height: 1)) {
            Gauge(fraction: summary.score ?? 0, label: percent, role: .chart).draw(on: &$0)
        }
        if withCounts {
            countsText.draw(on: &canvas, at: Point(x: canvas.width - countsText.width, y: y))
        }
    }

    /// The counts in the wording every panel on screen uses.
    private func counts(_ summary: DimensionSummary) -> Spans {
        countWordings(summary)[min(2, wording.indicatorCounts)]
    }

    /// `✓ 3 target tercapai  ≈ 2 mendekati target  ! 2 waspada  ✗ 1 di luar target`, then
    /// one word per standing, then `✓3 ≈2 !2 ✗1`.
    private func countWordings(_ summary: DimensionSummary) -> [Spans] {
        let statuses = IndicatorStanding.allCases.filter { $0 != .noData || summary.standingCount($0) > 0 }
        var long = Spans()
        var medium = Spans()
        var short = Spans()
        for status in statuses {
            let separator = long.parts.isEmpty ? "" : "  "
            long.add(separator + context.symbol(status) + " \(summary.standingCount(status)) ", role: context.role(status), bold: true)
            long.add(context.text(.indicatorStatus(status)).lowercased(), role: context.role(status))
            medium.add(separator + context.symbol(status) + " \(summary.standingCount(status)) ", role: context.role(status), bold: true)
            medium.add(context.text(.indicatorStatusShort(status)), role: context.role(status))
            short.add((short.parts.isEmpty ? "" : " ") + context.symbol(status) + "\(summary.standingCount(status))",
                      role: context.role(status), bold: true)
        }
        return [long, medium, short]
    }

    /// The programme counts in words over at most `rows` rows, or in symbols and numbers
    /// alone when any panel on screen needs that.
    private func programmes(_ summary: DimensionSummary, width: Int, rows: Int) -> [Spans] {
        guard !dimension.programs.isEmpty else { return [Spans(context.text(.noPrograms), role: .muted)] }
        if !wording.compactProgrammes, let lines = programmeLines(summary, width: width, rows: rows) { return lines }
        return [compactProgrammes(summary)]
    }

    /// Those that need attention first, so they survive when rows run out.
    private var programmeStatuses: [ProgramStatus] { ProgramStatus.allCases.sorted { $0.urgency < $1.urgency } }

    /// `6 program  ✓ 3 jalan  ! 1 risiko …` over at most `rows` rows; nil when that
    /// does not fit.
    private func programmeLines(_ summary: DimensionSummary, width: Int, rows: Int) -> [Spans]? {
        let total = dimension.programs.count
        let statuses = programmeStatuses.filter { summary.count($0) > 0 }
        var lines = [Spans("\(total) \(context.text(.programs).lowercased())", role: .muted)]
        if rows >= 3 { lines.append(Spans()) }
        for status in statuses {
            var item = Spans(context.symbol(status) + " \(summary.count(status)) ", role: context.role(status), bold: true)
            item.add(context.text(.programStatusShort(status)), role: context.role(status))
            if lines[lines.count - 1].width + 2 + item.width > width {
                guard lines.count < rows else { return nil }
                lines.append(Spans())
            }
            if lines[lines.count - 1].width > 0 { lines[lines.count - 1].add("  ") }
            lines[lines.count - 1] = lines[lines.count - 1] + item
        }
        return lines
    }

    private func compactProgrammes(_ summary: DimensionSummary) -> Spans {
        var line = Spans("\(dimension.programs.count) \(context.text(.programs).lowercased()) ", role: .muted)
        for status in programmeStatuses where summary.count(status) > 0 {
            line.add(" " + context.symbol(status) + "\(summary.count(status))", role: context.role(status), bold: true)
        }
        return line
    }

    /// `diperbarui 2 mnt lalu`, marked `! cache` while cached data stands in and
    /// `! usang` when a source has stopped delivering or the freshest figure is old:
    /// stale data is never shown as current.
    private func freshness(_ summary: DimensionSummary) -> Spans {
        guard let freshest = summary.freshest ?? context.document.asOf else { return Spans() }
        let age = context.text(.updated(context.age(of: freshest)))
        let health = context.health
        let mark: UIText? = health.cache != nil ? .cached
            : (health.hasStaleData || context.isStale(freshest)) ? .stale : nil
        guard let mark else { return Spans(age, role: .muted) }
        var spans = Spans(context.glyphs.statusWatch + " " + context.text(mark), role: .watch, bold: true)
        spans.add(" " + context.glyphs.listSeparator + " " + age, role: .watch)
        return spans
    }
}
