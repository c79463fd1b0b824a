import Foundation

/// An ISO 8601 date as the data format allows it: a year (`2026`), a month (`2026-10`),
/// a day (`2026-10-31`) or an instant with offset (`2026-10-31T17:00:00+07:00`).
///
/// `instant` is the start of the period; dates without a time are taken at 00:00 UTC,
/// so ordering and schedule arithmetic never depend on the machine's time zone.
public struct DataDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// How much of the date was given.
    public enum Precision: Int, Sendable {
        case year, month, day, instant
    }

    public let instant: Date
    public let precision: Precision
    /// The text as it was written in the data.
    public let text: String
    /// Calendar fields (UTC for dates, the written offset for instants), worked out once:
    /// tables and charts read them for every row on every frame.
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    // Stored narrow: a large city holds a date for each of millions of history points,
    // and the narrow fields halve the size of a point.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public init?(_ text: String) {
        guard let parsed = ISODateParser.parse(text) else { return nil }
        self.init(instant: parsed.instant, precision: parsed.precision, text: text)
    }

    public init(instant: Date) {
        self.init(instant: instant, precision: .instant, text: ISODateParser.format(instant))
    }

    private init(instant: Date, precision: Precision, text: String) {
        self.instant = instant
        self.precision = precision
        self.text = text
        let (year, month, day) = ISODateParser.civilFields(instant: instant, precision: precision, text: text)
        storedYear = Int32(clamping: year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public var description: String { text }

    public static func < (lhs: DataDate, rhs: DataDate) -> Bool { lhs.instant < rhs.instant }
    public static func == (lhs: DataDate, rhs: DataDate) -> Bool {
        lhs.instant == rhs.instant && lhs.precision == rhs.precision
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(instant)
        hasher.combine(precision)
    }
}
