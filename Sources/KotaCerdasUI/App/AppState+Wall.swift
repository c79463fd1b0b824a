import Foundation

extension AppState {
    /// Whether home shows the wall layout: the kiosk is on, there is data, and the
    /// terminal is at least the wall size.
    var showsWall: Bool {
        kiosk != nil && !isWaitingForData
            && size.width >= kioskDisplay.wallSize.width && size.height >= kioskDisplay.wallSize.height
    }

    /// Where the burn-in shift puts the picture now; nil when the kiosk or the shift is off.
    var burnInOffset: Point? {
        guard let kiosk, let shift = kioskDisplay.shift else { return nil }
        return shift.offset(elapsed: now.timeIntervalSince(kiosk.startedAt))
    }

    /// The next time the burn-in shift moves the picture, for the event loop's wake-up.
    func nextBurnInMove(after now: Date) -> Date? {
        guard let kiosk, let shift = kioskDisplay.shift else { return nil }
        return shift.nextMove(after: now, start: kiosk.startedAt)
    }
}
