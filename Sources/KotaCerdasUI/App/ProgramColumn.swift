import Foundation
import KotaCerdasCore

/// The columns of a dimension's programme table, in display order; `s` cycles the sort
/// through them.
public enum ProgramColumn: Int, CaseIterable, Sendable {
    case name, owner, status, progress, absorption, end

    /// Where a programme goes when sorted by this column: most notable first.
    func sortKey(_ program: Program, language: Language) -> SortKey {
        switch self {
        case .name: .alphabetical(program.name.text(in: language))
        case .owner: .alphabetical(program.owner)
        case .status: .ascending(Double(program.status.urgency))
        case .progress: .descending(program.progress)
        case .absorption: .descending(program.absorption)
        // Soonest deadline first: that is what a programme officer chases.
        case .end: .ascending((program.end?.instant ?? .distantFuture).timeIntervalSince1970)
        }
    }
}
