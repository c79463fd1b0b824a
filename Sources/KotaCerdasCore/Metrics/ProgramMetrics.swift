import Foundation

/// Derived figures of one programme: schedule slip and budget absorption.
public extension Program {
    /// Fraction of the scheduled time that has passed at `now`, 0…1; nil without dates.
    func elapsed(at now: Date) -> Double? {
        guard let start, let end else { return nil }
        let duration = end.instant.timeIntervalSince(start.instant)
        guard duration > 0 else { return now >= end.instant ? 1 : 0 }
        return min(1, max(0, now.timeIntervalSince(start.instant) / duration))
    }

    /// Progress minus elapsed time (fractions of the whole schedule): negative means behind
    /// schedule, positive ahead. Nil for finished or cancelled programmes and without data.
    func slip(at now: Date) -> Double? {
        guard status != .completed, status != .cancelled, let progress, let elapsed = elapsed(at: now) else {
            return nil
        }
        return progress - elapsed
    }

    /// The slip expressed in days of the schedule (negative = days behind).
    func slipDays(at now: Date) -> Int? {
        guard let slip = slip(at: now), let start, let end else { return nil }
        return Int((slip * end.instant.timeIntervalSince(start.instant) / 86_400).rounded())
    }

    /// Spent ÷ allocated; nil without a budget or with nothing allocated. May exceed 1.
    var absorption: Double? {
        guard let budget, budget.allocated > 0 else { return nil }
        return budget.spent / budget.allocated
    }

    /// Milestones past their due date and not done.
    func overdueMilestones(at now: Date) -> [Milestone] {
        milestones.filter { !$0.done && ($0.due.map { $0.instant < now } ?? false) }
    }
}
