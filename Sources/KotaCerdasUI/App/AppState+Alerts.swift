import Foundation
import KotaCerdasCore

extension AppState {
    /// Reads the data and the sources' health into the alert book at the state's clock;
    /// asks the edges to announce what was raised or cleared and to keep the book.
    mutating func assessAlerts() -> [AppEffect] {
        let observations = AlertObservation.all(
            cities: isWaitingForData ? [] : cities.isEmpty ? [document] : cities, sources: sources, at: now)
        // Before the first data only the sources are known: indicators keep their alerts.
        let kinds: Set<AlertSubject.Kind> = isWaitingForData ? [.source] : Set(AlertSubject.Kind.allCases)
        let before = alerts.alerts
        let (book, changes) = AlertEngine.assess(alerts, observations: observations, observedKinds: kinds, at: now, rules: alertRules)
        alerts = book
        alertSelection = min(alertSelection, max(0, book.alerts.count - 1))
        var effects: [AppEffect] = []
        if !changes.isEmpty { effects.append(.announceAlerts(changes)) }
        if book.alerts != before { effects.append(.saveAlerts(book)) }
        return effects
    }
}

/// The configured alert command as the sources screen reports it.
public struct AlertCommandReport: Equatable, Sendable {
    /// The program and its arguments, as configured.
    public var arguments: [String]
    /// When it last finished; nil before its first run.
    public private(set) var lastRun: Date?
    /// Why that run failed (exit status, timeout, not found); nil when it succeeded.
    public private(set) var lastFailure: String?

    public init(arguments: [String]) {
        self.arguments = arguments
    }

    mutating func record(_ failure: String?, at now: Date) {
        lastRun = now
        lastFailure = failure
    }
}
