/// Consecutive cells of one row drawn in the same style, as a shared screen writes them.
struct StyledRun: Equatable {
    /// The column of the first cell.
    var column: Int
    /// The cells, continuation cells of wide characters left out.
    var cells: [Cell]
    var style: PaintedStyle
    /// The columns the run covers, wide characters counting two.
    var width: Int

    /// The runs of row `y`, left to right, covering the whole row.
    static func runs(of buffer: CellBuffer, row y: Int, theme: Theme, page: PagePalette) -> [StyledRun] {
        var runs: [StyledRun] = []
        for x in 0..<buffer.width {
            let cell = buffer[x, y]
            if cell.isContinuation {
                // Only reached when a wide character's left half was cut off by the edge.
                if runs.isEmpty { runs.append(StyledRun(column: x, cells: [], style: PaintedStyle(theme.style(for: cell), on: page), width: 0)) }
                runs[runs.count - 1].width += 1
                continue
            }
            let style = PaintedStyle(theme.style(for: cell), on: page)
            if let last = runs.last, last.style == style {
                runs[runs.count - 1].cells.append(cell)
                runs[runs.count - 1].width += 1
            } else {
                runs.append(StyledRun(column: x, cells: [cell], style: style, width: 1))
            }
        }
        return runs
    }
}
