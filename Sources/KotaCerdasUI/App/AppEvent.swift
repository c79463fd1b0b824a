import Foundation
import KotaCerdasCore

/// Everything that can change the app's state: the user, the data and the clock.
public enum AppEvent: Sendable {
    /// A key, a mouse action or a resize.
    case input(InputEvent)
    /// The data layer has a new document and new source health.
    case dataChanged(CityDocument, [SourceStatus])
    /// The data layer has new documents for several cities (or one), in source order.
    case citiesChanged([CityDocument], [SourceStatus])
    /// A source's health changed without new data (a failure, a 304, going stale);
    /// the only news while the dashboard is still waiting for its first data.
    case healthChanged([SourceStatus])
    /// Time passed; ages and the clock are measured against `now`, and the kiosk moves
    /// on when its dwell is over. Sent at `AppState.nextWakeUp(after:)`.
    case tick(Date)
    /// A screen export (`e`) ended at this time: the files written, or why none was.
    case exportFinished(ExportOutcome, Date)
    /// The alert command finished a run: nil when it succeeded, else why it failed.
    case alertCommandFinished(String?)
}
