import KotaCerdasCore

/// Work that `update` asks the edges (terminal loop, data layer) to do; the update
/// itself never performs I/O.
public enum AppEffect: Hashable, Sendable {
    /// Leave the dashboard and restore the terminal.
    case quit
    /// Read every data source now instead of waiting for its next interval.
    case reloadSources
    /// Show every later frame in the theme of this name (`t`).
    case useTheme(String)
    /// The view asked for before any data arrived is not in the data that came; why.
    case unknownView(String)
    /// Save the frame on screen as SVG and HTML in the export folder (`e`).
    case exportScreen
    /// Alerts were raised or cleared: ring the bell, run the alert command.
    case announceAlerts([AlertChange])
    /// The alert book changed: keep it on disk.
    case saveAlerts(AlertBook)
}
