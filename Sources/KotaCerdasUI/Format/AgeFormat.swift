import Foundation
import KotaCerdasCore

/// How long ago something happened, short enough for a status line:
/// `baru saja`, `2 mnt lalu`, `3 jam lalu` / `just now`, `2 min ago`, `3 h ago`.
public struct AgeFormat: Sendable {
    public let language: Language

    /// Ages worded in `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The age of something `seconds` old. Less than a minute, or a time in the future
    /// (a clock running ahead), reads as "just now"; each unit counts whole units only.
    public func relative(seconds: Double) -> String {
        guard seconds.isFinite else { return NumberFormat.unavailable }
        let minutes = seconds / 60
        let hours = minutes / 60
        let days = hours / 24
        if minutes < 1 { return language == .indonesian ? "baru saja" : "just now" }
        if hours < 1 { return phrase(minutes, id: "mnt", en: "min") }
        if days < 1 { return phrase(hours, id: "jam", en: "h") }
        if days < 30 { return phrase(days, id: "hari", en: "d") }
        if days < 365 { return phrase(days / 30, id: "bln", en: "mo") }
        return phrase(days / 365, id: "thn", en: "y")
    }

    /// The age at `now` of something that happened at `date`.
    public func relative(from date: Date, to now: Date) -> String {
        relative(seconds: now.timeIntervalSince(date))
    }

    /// A span of time without "ago", for intervals: `500 ms`, `30 dtk`, `5 mnt`, `2 jam` /
    /// `500 ms`, `30 s`, `5 min`, `2 h`; whole units only.
    public func duration(seconds: Double) -> String {
        guard seconds.isFinite else { return NumberFormat.unavailable }
        let (count, id, en): (Double, String, String) =
            seconds < 1 ? (seconds * 1_000, "ms", "ms")
            : seconds < 60 ? (seconds, "dtk", "s")
            : seconds < 3_600 ? (seconds / 60, "mnt", "min")
            : seconds < 86_400 ? (seconds / 3_600, "jam", "h")
            : (seconds / 86_400, "hari", "d")
        return wholeUnits(count) + " " + (language == .indonesian ? id : en)
    }

    /// Whole units, capped so an absurd span from the data or a flag cannot overflow `Int`.
    private func wholeUnits(_ count: Double) -> String {
        NumberFormat(language).integer(Int(min(count.rounded(.down), 1e15)))
    }

    private func phrase(_ count: Double, id: String, en: String) -> String {
        let whole = wholeUnits(count)
        return language == .indonesian ? "\(whole) \(id) lalu" : "\(whole) \(en) ago"
    }
}
