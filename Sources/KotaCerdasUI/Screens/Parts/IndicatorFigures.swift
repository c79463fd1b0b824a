import Foundation
import KotaCerdasCore

/// An indicator's numbers as text: all of its figures with the same decimals, so value,
/// target and thresholds line up and compare at a glance.
struct IndicatorFigures {
    let indicator: Indicator
    /// The unit in the screen's language.
    let unit: String
    let numbers: NumberFormat
    /// Shown for a missing figure.
    let unavailable: String
    /// As many decimals as the data's own figures use, at most two.
    let decimals: Int

    init(_ indicator: Indicator, context: ViewContext) {
        self.indicator = indicator
        unit = context.name(indicator.unit)
        numbers = context.numbers
        unavailable = context.unavailable
        let figures = [indicator.value, indicator.target, indicator.baseline, indicator.warn, indicator.critical]
            .compactMap { $0 } + indicator.history.compactMap(\.value)
        decimals = figures.map(Self.decimalsUsed).max() ?? 0
    }

    /// `3,12` or `–`.
    func number(_ value: Double?) -> String {
        value.map { numbers.decimal($0, decimals: decimals) } ?? unavailable
    }

    /// `78,5%`, `3,12 indeks 1–5`, or `–` without a value. `compact` shortens the unit
    /// for tables and panels: `% penduduk` reads `%`, a scale such as `index 0–100` reads
    /// `index`, and notes in parentheses are left out.
    func withUnit(_ value: Double?, compact: Bool = false) -> String {
        guard let value else { return unavailable }
        let text = numbers.decimal(value, decimals: decimals)
        let shown = compact ? compactUnit : unit
        switch shown {
        case "": return text
        case "%": return text + "%"
        default: return text + " " + shown
        }
    }

    /// Works on any language's unit: the part before a note in parentheses, without
    /// words holding ASCII digits (a scale such as `1–5`).
    var compactUnit: String {
        if unit.hasPrefix("%") { return "%" }
        let beforeNote = unit.split(separator: "(", maxSplits: 1).first.map(String.init) ?? unit
        let words = beforeNote.split(separator: " ").filter { !$0.contains { $0.isASCII && $0.isNumber } }
        return words.joined(separator: " ")
    }

    private static func decimalsUsed(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        for decimals in 0..<2 {
            let scaled = value * Double([1, 10][decimals])
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, abs(scaled)) { return decimals }
        }
        return 2
    }
}
