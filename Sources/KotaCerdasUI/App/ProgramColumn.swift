import Foundation
import KotaCerdasCore

/// The columns of a dimension's programme table, in display order; `s` cycles the sort
/// through them.
public enum ProgramColumn: Int, CaseIterable, Sendable {
    case name, owner, status, progress, absorption, end

    /// Orders two programmes by this column, most notable first; nil when they tie.
    func precedes(_ a: Program, _ b: Program, language: Language) -> Bool? {
        switch self {
        case .name: SortOrder.ascending(a.name.text(in: language).lowercased(), b.name.text(in: language).lowercased())
        case .owner: SortOrder.ascending(a.owner.lowercased(), b.owner.lowercased())
        case .status: SortOrder.ascending(a.status.urgency, b.status.urgency)
        case .progress: SortOrder.descending(a.progress, b.progress)
        case .absorption: SortOrder.descending(a.absorption, b.absorption)
        // Soonest deadline first: that is what a programme officer chases.
        case .end: SortOrder.ascending(a.end?.instant ?? .distantFuture, b.end?.instant ?? .distantFuture)
        }
    }
}
