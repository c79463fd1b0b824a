/// Finds what must be written to turn one presented buffer into the next.
public enum CellDiff {
    /// The maximal runs of changed cells, row by row from the top, left to right.
    ///
    /// Without a previous buffer, or when the size changed, every row is one full run.
    /// A changed continuation cell pulls its wide lead cell into the run, because the
    /// terminal can only redraw the right half of a wide character by writing the whole.
    public static func changedRuns(from old: CellBuffer?, to new: CellBuffer) -> [CellRun] {
        guard new.width > 0 else { return [] }
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { CellRun(row: $0, columns: 0..<new.width) }
        }
        var runs: [CellRun] = []
        for y in 0..<new.height {
            var changed = (0..<new.width).map { old[$0, y] != new[$0, y] }
            for x in 1..<max(1, new.width) where changed[x] && new[x, y].isContinuation {
                changed[x - 1] = true
            }
            var start: Int?
            for x in 0...new.width {
                let isChanged = x < new.width && changed[x]
                if isChanged, start == nil {
                    start = x
                } else if !isChanged, let first = start {
                    runs.append(CellRun(row: y, columns: first..<x))
                    start = nil
                }
            }
        }
        return runs
    }
}
