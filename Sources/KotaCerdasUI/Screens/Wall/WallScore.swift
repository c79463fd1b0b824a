import KotaCerdasCore

/// A wall tile's score in big digits and how many of its indicators stand where.
struct WallScore {
    /// How the score and the counts are laid out; one for every tile on screen, so
    /// neighbours read alike.
    struct Layout: Equatable {
        /// Rows of the digits; nil for the score as plain text.
        let digits: Int?
        /// The counts one per row beside the digits, in words; else on one row below.
        let beside: Bool

        /// Roomiest first.
        static let candidates = [
            Layout(digits: 5, beside: true), Layout(digits: 3, beside: true),
            Layout(digits: 5, beside: false), Layout(digits: 3, beside: false), Layout(digits: nil, beside: false),
        ]
    }

    let context: ViewContext
    let summary: DimensionSummary

    /// `80%`, in the language's number format.
    private var score: String { summary.score.map { context.numbers.percent($0 * 100) } ?? context.unavailable }

    /// Whether `layout` fits in `width` columns, leaving `height` rows room for two
    /// indicators in three-row digits below, and loses no count.
    func fits(_ layout: Layout, width: Int, height: Int) -> Bool {
        guard let digits = layout.digits else { return true }
        guard let scoreWidth = BigFont.width(of: score, height: digits),
              height >= digits + 1 + 2 * WallTile.bigIndicatorRows || digits == 3 else { return false }
        guard layout.beside else { return scoreWidth <= width }
        let counts = countLines()
        return counts.count <= digits && scoreWidth + 3 + (counts.map(\.width).max() ?? 0) <= width
    }

    /// Draws in `layout` from the canvas's top; returns the rows used.
    func draw(_ layout: Layout, on canvas: inout Canvas) -> Int {
        let counts = countLines()
        guard let digits = layout.digits, let scoreWidth = BigFont.width(of: score, height: digits) else {
            var line = Spans(context.text(.score) + " ", role: .muted)
            line.add(score, bold: true)
            line.draw(on: &canvas, at: Point(x: 0, y: 0))
            oneRow(counts, width: canvas.width).draw(on: &canvas, at: Point(x: 0, y: 1))
            return 2
        }
        canvas.region(Rect(x: 0, y: 0, width: scoreWidth, height: digits)) { BigText(score, height: digits, role: .title).draw(on: &$0) }
        guard layout.beside else {
            oneRow(counts, width: canvas.width).draw(on: &canvas, at: Point(x: 0, y: digits))
            return digits + 1
        }
        // The first row says what the number is, when a row is free for it.
        let labelled = [Spans(context.text(.score), role: .muted)] + counts
        for (row, line) in (labelled.count <= digits ? labelled : counts).enumerated() {
            line.draw(on: &canvas, at: Point(x: scoreWidth + 3, y: row))
        }
        return digits
    }

    /// `✓ 1 target tercapai`, one line per standing that has indicators.
    private func countLines() -> [Spans] {
        IndicatorStanding.allCases.filter { summary.standingCount($0) > 0 }.map { standing in
            var line = Spans(context.symbol(standing) + " \(summary.standingCount(standing)) ", role: context.role(standing), bold: true)
            line.add(context.text(.indicatorStatus(standing)).lowercased(), role: context.role(standing))
            return line
        }
    }

    /// The counts on one row: in words when they fit, else `✓1 ≈2 !6 ✗1`.
    private func oneRow(_ lines: [Spans], width: Int) -> Spans {
        let words = lines.reduce(Spans()) { $0.parts.isEmpty ? $1 : $0 + Spans("  ") + $1 }
        var symbols = Spans()
        for standing in IndicatorStanding.allCases where summary.standingCount(standing) > 0 {
            symbols.add((symbols.parts.isEmpty ? "" : " ") + context.symbol(standing) + "\(summary.standingCount(standing))",
                        role: context.role(standing), bold: true)
        }
        return Spans.fitting([words, symbols], width: width)
    }
}
