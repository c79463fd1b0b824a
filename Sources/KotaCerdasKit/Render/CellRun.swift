/// Consecutive columns of one row whose cells changed between two presented buffers.
public struct CellRun: Equatable, Sendable {
    public var row: Int
    public var columns: Range<Int>

    public init(row: Int, columns: Range<Int>) {
        self.row = row
        self.columns = columns
    }
}
