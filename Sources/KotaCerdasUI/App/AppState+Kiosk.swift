import Foundation
import KotaCerdasCore

extension AppState {
    /// Starts rotating through `kioskPlaylist` from the view on screen when it is in the
    /// playlist, else from the playlist's first view.
    public mutating func startKiosk() {
        let stops = kioskStops
        let here = KioskStop(cityID: hasSeveralCities && screen != .cities ? document.city.id : nil, route: route)
        let position = stops.firstIndex(of: here) ?? 0
        kiosk = Kiosk(playlist: kioskPlaylist, phase: .running(nextSwitch: now + kioskPlaylist.dwell), position: position,
                      startedAt: now)
        if stops.indices.contains(position), stops[position] != here { show(stops[position]) }
    }

    /// What the rotation shows, in order: the playlist's views in the one city, or with
    /// several cities the cities view and then each city's views (see `KioskPlaylist`).
    public var kioskStops: [KioskStop] {
        kioskPlaylist.stops(in: cities, current: document)
    }

    /// The moment the event loop should wake to send the next `.tick`: the next whole
    /// minute (the clock on screen shows minutes), or the kiosk's next change or burn-in
    /// move, the bottom bar's notice expiring, or the moment a changed status has held
    /// long enough to raise or clear an alert, if sooner.
    /// Never earlier than `now`, so an overdue switch wakes the loop at once.
    public func nextWakeUp(after now: Date) -> Date {
        let minute = (now.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60 + 60
        var next = min(Date(timeIntervalSinceReferenceDate: minute), notice?.expires ?? .distantFuture)
        if let decision = AlertEngine.nextDecision(in: alerts, rules: alertRules) { next = min(next, decision) }
        guard let kiosk else { return max(now, next) }
        return max(now, min(next, kiosk.nextChange, nextBurnInMove(after: now) ?? next))
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
            let stops = kioskStops
            if !stops.isEmpty {
                kiosk.position = (kiosk.position + 1) % stops.count
                show(stops[kiosk.position])
            }
        }
        kiosk.phase = .running(nextSwitch: now + kiosk.playlist.dwell)
        self.kiosk = kiosk
    }

    /// Shows `target` as if the user had gone there, so Esc and the focus make sense
    /// when someone steps up to the wall.
    private mutating func show(_ stop: KioskStop) {
        if let city = stop.cityID { openCity(city) }
        let target = stop.route
        if let id = target.dimensionID { homeFocusID = id }
        if target.isStacked { screen = .home }
        route = target
        detailSelectionID = nil
    }
}
