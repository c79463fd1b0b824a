import Foundation
import KotaCerdasCore

/// How one alert reads, shared by the alerts view and the ticker: its status with symbol
/// and word, its figure against the target, when it started and how long it lasted.
extension ViewContext {
    func symbol(_ status: AlertStatus) -> String {
        switch status {
        case .indicator(let status): symbol(Self.standing(status))
        case .program(let status): symbol(status)
        case .source(let state): symbol(state)
        }
    }

    func role(_ status: AlertStatus) -> StyleRole {
        switch status {
        case .indicator(let status): role(status)
        case .program(let status): role(status)
        case .source(let state): role(state)
        }
    }

    /// Alerts judge indicators by severity alone, so a good status is told with the weaker
    /// of the two good words: it is at least on track, whether or not the target is met.
    private static func standing(_ status: IndicatorStatus) -> IndicatorStanding {
        switch status {
        case .onTarget: .onTrack
        case .watch: .watch
        case .offTarget: .offTarget
        case .noData: .noData
        }
    }

    /// The status word, short enough for a table cell.
    func word(_ status: AlertStatus) -> String {
        switch status {
        case .indicator(let status): text(.indicatorStatusShort(Self.standing(status)))
        case .program(let status): text(.programStatusShort(status))
        case .source(let state): text(.sourceState(state))
        }
    }

    /// `! watch → ✗ off`, or `new → ✗ off` when the subject was bad when first seen.
    func change(of alert: Alert) -> String {
        let from = alert.from.map { symbol($0) + " " + word($0) } ?? text(.alerts(.firstSeen))
        let arrow = glyphs.isUnicode ? " → " : " -> "
        return from + arrow + symbol(alert.to) + " " + word(alert.to)
    }

    /// `57,1% vs target 80%`, `62%`, a source's error, or the dash.
    func figure(of alert: Alert) -> String {
        guard let value = alert.value else { return alert.detail ?? unavailable }
        let unit = alert.unit.map(name) ?? ""
        let shown = { (number: Double) in
            // Whole numbers stay whole; fractions keep up to two decimals, as the data gives them.
            let decimals = number == number.rounded() ? 0 : ((number * 10) == (number * 10).rounded() ? 1 : 2)
            let digits = numbers.decimal(number, decimals: decimals)
            return unit.isEmpty ? digits : (unit == "%" ? digits + "%" : digits + " " + unit)
        }
        guard let target = alert.target else { return shown(value) }
        return text(.alerts(.valueAgainstTarget(shown(value), shown(target))))
    }

    /// `17:02 WIB` today, `30 Okt 2026 17:02 WIB` before: in the city's zone.
    func moment(_ date: Date) -> String {
        dates.day(date) == dates.day(state.now) ? dates.clock(date) : dates.day(date) + " " + dates.clock(date)
    }

    /// `12 mnt`, or `ongoing` for an alert still open.
    func duration(of alert: Alert) -> String {
        guard let ended = alert.ended else { return text(.alerts(.ongoing)) }
        return ages.duration(seconds: ended.timeIntervalSince(alert.started))
    }
}
