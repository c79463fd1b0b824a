/// Consecutive columns of one row whose cells changed between two presented buffers.
struct CellRun: Equatable, Sendable {
    var row: Int
    var columns: Range<Int>
}
