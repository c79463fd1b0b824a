import KotaCerdasCore

/// The alerts' words, in Indonesian and English; reached through `UIText.alerts`, so
/// screens name them like every other word.
public enum AlertText: Hashable, Sendable {
    /// The view's title and breadcrumb.
    case title
    /// `2 berlangsung · 14 tercatat`
    case counts(open: Int, total: Int)
    case noAlerts
    case noAlertsExplained
    case columnStarted, columnWhat, columnChange, columnValue, columnDuration
    case ongoing
    /// The status before an alert was not known: the subject was bad when first seen.
    case firstSeen
    case kind(AlertSubject.Kind)
    /// `57,1% dari target 80%`
    case valueAgainstTarget(String, String)
    /// The ticker's lead: `2 peringatan`
    case tickerLead(Int)
    /// `sejak 10:02`
    case since(String)
    case hint
    case help
    case command
    case commandNotRun
    case commandOK(String)
    case commandFailed(String, String)

    var words: (String, String) {
        switch self {
        case .title: ("Peringatan", "Alerts")
        case .counts(let open, let total): ("\(open) berlangsung · \(total) tercatat", "\(open) ongoing · \(total) kept")
        case .noAlerts: ("Tidak ada peringatan.", "No alerts.")
        case .noAlertsExplained: (
            "Peringatan muncul saat status indikator atau program memburuk, atau sumber data gagal atau usang.",
            "An alert appears when an indicator or programme gets worse, or a data source fails or goes stale.")
        case .columnStarted: ("Mulai", "Started")
        case .columnWhat: ("Apa", "What")
        case .columnChange: ("Status", "Status")
        case .columnValue: ("Nilai", "Value")
        case .columnDuration: ("Durasi", "Duration")
        case .ongoing: ("berlangsung", "ongoing")
        case .firstSeen: ("baru", "new")
        case .kind(.indicator): ("indikator", "indicator")
        case .kind(.program): ("program", "programme")
        case .kind(.source): ("sumber", "source")
        case .valueAgainstTarget(let value, let target): ("\(value) dari target \(target)", "\(value) vs target \(target)")
        case .tickerLead(let n): ("\(n) peringatan", n == 1 ? "1 alert" : "\(n) alerts")
        case .since(let time): ("sejak \(time)", "since \(time)")
        case .hint: ("peringatan", "alerts")
        case .help: ("peringatan: apa yang memburuk, kapan, dan berapa lama", "alerts: what got worse, when, and for how long")
        case .command: ("Perintah peringatan", "Alert command")
        case .commandNotRun: ("belum dijalankan", "not run yet")
        case .commandOK(let time): ("terakhir berhasil \(time)", "last run ok at \(time)")
        case .commandFailed(let time, let reason): ("gagal \(time): \(reason)", "failed at \(time): \(reason)")
        }
    }
}
