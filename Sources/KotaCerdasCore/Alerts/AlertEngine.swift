import Foundation

/// Decides alerts from readings: pure, with the clock passed in, so every rule is tested
/// from data changes alone.
///
/// Rules:
/// - A subject's status must hold for `rules.hold` before it counts (debounce): a value
///   flickering at a threshold raises nothing.
/// - A status that counts and is worse than the last one raises an alert (ending the
///   subject's ongoing alert, if any); back to fine, it clears the ongoing alert. Better
///   but not fine (✗ → !) leaves the ongoing alert open.
/// - First reading of a subject (a fresh start): with an ongoing alert in the book (kept
///   across a restart), the alert's status is taken as the last one, so nothing is raised
///   again; without, a subject already bad raises one alert once its status has held, with
///   no previous status.
/// - A subject of a kind that was read but is no longer there (an indicator dropped from
///   the data) has its ongoing alert cleared at once.
public enum AlertEngine {
    /// The book after `observations` at `now`, and the alerts raised and cleared.
    /// `observedKinds` are the kinds the observations cover completely: while no data has
    /// come, only sources are read, and indicators keep their alerts.
    public static func assess(
        _ book: AlertBook, observations: [AlertObservation], observedKinds: Set<AlertSubject.Kind>,
        at now: Date, rules: AlertRules
    ) -> (book: AlertBook, changes: [AlertChange]) {
        var book = book
        var changes: [AlertChange] = []
        var seen = Set<String>()
        for observation in observations {
            seen.insert(observation.subject.key)
            changes += step(&book, observation, at: now, rules: rules)
        }
        // A subject gone from a kind read in full has nothing left to alert about.
        let vanished = Set(book.trackers.keys).union(book.open.map(\.subject.key)).subtracting(seen)
        for key in vanished.sorted() {
            guard let kind = book.trackers[key]?.kind ?? book.openAlert(about: key)?.subject.kind,
                  observedKinds.contains(kind) else { continue }
            book.trackers[key] = nil
            if let ended = book.end(about: key, at: now) { changes.append(AlertChange(.cleared, ended)) }
        }
        book.bound(to: rules.capacity)
        return (book, changes)
    }

    /// When the next pending status will have held long enough to count; nil when none is
    /// pending. The caller reads again then.
    public static func nextDecision(in book: AlertBook, rules: AlertRules) -> Date? {
        book.trackers.values.filter { $0.observed != $0.settled }.map { $0.observedSince + rules.hold }.min()
    }

    private static func step(
        _ book: inout AlertBook, _ observation: AlertObservation, at now: Date, rules: AlertRules
    ) -> [AlertChange] {
        let key = observation.subject.key
        var tracker = book.trackers[key] ?? firstTracker(book, observation, at: now)
        if tracker.observed != observation.status {
            tracker.observed = observation.status
            tracker.observedSince = now
        }
        var changes: [AlertChange] = []
        if tracker.observed != tracker.settled, now.timeIntervalSince(tracker.observedSince) >= rules.hold {
            changes = settle(&book, observation, from: tracker.settled, at: now)
            tracker.settled = tracker.observed
        }
        book.trackers[key] = tracker
        return changes
    }

    /// A subject seen for the first time: its ongoing alert's status stands as the last
    /// one; a fine subject without one is settled at once, as there is nothing to raise.
    private static func firstTracker(_ book: AlertBook, _ observation: AlertObservation, at now: Date) -> AlertBook.Tracker {
        if let open = book.openAlert(about: observation.subject.key) {
            return AlertBook.Tracker(
                kind: observation.subject.kind, settled: open.to, observed: observation.status, observedSince: now)
        }
        let settled = observation.status.severity == .fine ? observation.status : nil
        return AlertBook.Tracker(
            kind: observation.subject.kind, settled: settled, observed: observation.status, observedSince: now)
    }

    private static func settle(
        _ book: inout AlertBook, _ observation: AlertObservation, from previous: AlertStatus?, at now: Date
    ) -> [AlertChange] {
        let key = observation.subject.key
        let severity = observation.status.severity
        if severity > (previous?.severity ?? .fine) {
            let ended = book.end(about: key, at: now)
            let raised = book.raise(observation, from: previous, at: now)
            return (ended.map { [AlertChange(.cleared, $0)] } ?? []) + [AlertChange(.raised, raised)]
        }
        if severity == .fine, let ended = book.end(about: key, at: now) {
            return [AlertChange(.cleared, ended)]
        }
        return []
    }
}
