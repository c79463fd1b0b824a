import KotaCerdasUI
import Testing
@testable import KotaCerdasTerminal

@Suite struct CellDiffTests {
    private func buffer(_ rows: [String], width: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() {
            for (x, character) in row.enumerated() {
                buffer[x, y] = Cell(text: String(character))
            }
        }
        return buffer
    }

    @Test func withoutPreviousEveryRowIsOneRun() {
        let new = buffer(["ab", "cd"], width: 2)
        #expect(CellDiff.changedRuns(from: nil, to: new) == [
            CellRun(row: 0, columns: 0..<2), CellRun(row: 1, columns: 0..<2),
        ])
    }

    @Test func aResizedBufferIsRepaintedWhole() {
        let old = buffer(["ab"], width: 2)
        let new = buffer(["abc"], width: 3)
        #expect(CellDiff.changedRuns(from: old, to: new) == [CellRun(row: 0, columns: 0..<3)])
    }

    @Test func identicalBuffersNeedNoWrites() {
        let same = buffer(["hello", "world"], width: 5)
        #expect(CellDiff.changedRuns(from: same, to: same).isEmpty)
    }

    @Test func separateChangesGiveSeparateRuns() {
        let old = buffer(["abcdef", "ghijkl"], width: 6)
        let new = buffer(["aXYdeZ", "ghijkl"], width: 6)
        #expect(CellDiff.changedRuns(from: old, to: new) == [
            CellRun(row: 0, columns: 1..<3), CellRun(row: 0, columns: 5..<6),
        ])
    }

    @Test func aStyleChangeAloneCounts() {
        let old = buffer(["abc"], width: 3)
        var new = old
        new[1, 0] = Cell(text: "b", role: .selection)
        #expect(CellDiff.changedRuns(from: old, to: new) == [CellRun(row: 0, columns: 1..<2)])
    }

    @Test func aChangedContinuationPullsInItsWideLead() {
        var old = buffer(["a  "], width: 3)
        old[1, 0] = Cell(text: "中", width: 2)
        old[2, 0] = .continuation(.normal)
        var new = old
        new[2, 0] = .continuation(.accent)
        #expect(CellDiff.changedRuns(from: old, to: new) == [CellRun(row: 0, columns: 1..<3)])
    }

    @Test func anEmptyBufferHasNoRuns() {
        #expect(CellDiff.changedRuns(from: nil, to: CellBuffer(width: 0, height: 3)).isEmpty)
    }
}
