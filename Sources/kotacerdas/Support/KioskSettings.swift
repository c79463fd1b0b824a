import KotaCerdasData
import KotaCerdasUI

/// The config's `[kiosk]` table as the app's types, for the dashboard and `snapshot --kiosk` alike.
extension AppState {
    mutating func useKioskSettings(_ configuration: KioskConfiguration) {
        kioskPlaylist = KioskPlaylist(views: configuration.views ?? [], dwell: configuration.rotate ?? KioskPlaylist.defaultDwell)
        kioskDisplay = KioskDisplay(
            wallSize: configuration.wallSize.map { TerminalSize(width: $0.width, height: $0.height) } ?? KioskDisplay.defaultWallSize,
            shiftInterval: configuration.shift ?? KioskDisplay.defaultShiftInterval)
    }
}
