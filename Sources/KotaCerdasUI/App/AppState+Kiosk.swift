import Foundation
import KotaCerdasCore

extension AppState {
    /// Starts rotating through `kioskPlaylist` from the view on screen when it is in the
    /// playlist, else from the playlist's first view.
    public mutating func startKiosk() {
        let routes = kioskPlaylist.routes(in: document)
        let position = routes.firstIndex(of: route) ?? 0
        kiosk = Kiosk(playlist: kioskPlaylist, phase: .running(nextSwitch: now + kioskPlaylist.dwell), position: position)
        if routes.indices.contains(position), routes[position] != route { show(routes[position]) }
    }

    /// The moment the event loop should wake to send the next `.tick`: the next whole
    /// minute (the clock on screen shows minutes), or the kiosk's next change or the moment
    /// a changed status has held long enough to raise or clear an alert, if sooner.
    /// Never earlier than `now`, so an overdue switch wakes the loop at once.
    public func nextWakeUp(after now: Date) -> Date {
        let minute = (now.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60 + 60
        var next = Date(timeIntervalSinceReferenceDate: minute)
        if let decision = AlertEngine.nextDecision(in: alerts, rules: alertRules) { next = min(next, decision) }
        guard let kiosk else { return max(now, next) }
        return max(now, min(next, kiosk.nextChange))
    }

    /// `K`: starts the rotation when off, resumes it when paused, stops it when running.
    mutating func toggleKiosk() {
        switch kiosk?.phase {
        case nil: startKiosk()
        case .paused: kiosk?.phase = .running(nextSwitch: now + kioskPlaylist.dwell)
        case .running: kiosk = nil
        }
    }

    /// Any other key or click: the user is looking at something, so the rotation waits.
    mutating func pauseKiosk() {
        guard kiosk != nil else { return }
        kiosk?.phase = .paused(resumesAt: now + Kiosk.idleResume)
    }

    /// Moves the rotation on at `now` if its time has come.
    mutating func advanceKiosk() {
        guard var kiosk, now >= kiosk.nextChange else { return }
        if case .running = kiosk.phase {
            let routes = kiosk.playlist.routes(in: document)
            if !routes.isEmpty {
                kiosk.position = (kiosk.position + 1) % routes.count
                show(routes[kiosk.position])
            }
        }
        kiosk.phase = .running(nextSwitch: now + kiosk.playlist.dwell)
        self.kiosk = kiosk
    }

    /// Shows `target` as if the user had gone there, so Esc and the focus make sense
    /// when someone steps up to the wall.
    private mutating func show(_ target: Route) {
        if let id = target.dimensionID { homeFocusID = id }
        if target.isStacked { screen = .home }
        route = target
        detailSelectionID = nil
    }
}
