import Foundation
import KotaCerdasCore

/// Dates and clock times for people, in the reader's language and the city's time zone:
/// `31 Okt 2026`, `Okt 2026`, `17:00 WIB`. Deterministic: no locale data is consulted.
public struct DateText: Sendable {
    public let language: Language
    /// The city's zone; dates with a time are shown in it.
    public let timeZone: TimeZone

    public init(_ language: Language, timeZoneIdentifier: String?) {
        self.language = language
        timeZone = timeZoneIdentifier.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }

    private static let indonesianMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A data date at the precision it was written with; instants show their day only.
    public func date(_ date: DataDate) -> String {
        switch date.precision {
        case .year: String(date.year)
        case .month: "\(month(date.month)) \(date.year)"
        case .day: "\(date.day) \(month(date.month)) \(date.year)"
        case .instant: day(date.instant)
        }
    }

    /// The day of an instant in the city's zone: `31 Okt 2026`.
    public func day(_ instant: Date) -> String {
        let fields = calendar.dateComponents([.year, .month, .day], from: instant)
        return "\(fields.day ?? 1) \(month(fields.month ?? 1)) \(fields.year ?? 1970)"
    }

    /// A compact stamp for file names, sortable and free of separators: `20261031-170000`.
    public func fileStamp(_ instant: Date) -> String {
        let fields = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02d-%02d%02d%02d", fields.year ?? 0, fields.month ?? 0, fields.day ?? 0,
                      fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0)
    }

    /// A short month label for chart axes: `Okt 26`.
    public func shortMonth(_ date: DataDate) -> String {
        let year = String(date.year).suffix(2)
        return date.precision == .year ? String(date.year) : "\(month(date.month)) \(year)"
    }

    /// The wall-clock time in the city's zone with its name: `17:00 WIB`.
    public func clock(_ instant: Date) -> String {
        let fields = calendar.dateComponents([.hour, .minute], from: instant)
        let time = String(format: "%02d:%02d", fields.hour ?? 0, fields.minute ?? 0)
        return "\(time) \(zoneName(at: instant))"
    }

    private func month(_ number: Int) -> String {
        let names = language == .indonesian ? Self.indonesianMonths : Self.englishMonths
        return names[max(1, min(12, number)) - 1]
    }

    /// Indonesia's own zone names, else the offset from UTC.
    private func zoneName(at instant: Date) -> String {
        if let name = Self.indonesianZones[timeZone.identifier] { return name }
        let offset = timeZone.secondsFromGMT(for: instant)
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60 % 60
        return "UTC" + (offset > 0 ? "+" : "-") + String(abs(offset) / 3600) + (minutes == 0 ? "" : String(format: ":%02d", minutes))
    }

    private static let indonesianZones = [
        "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT",
    ]

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
