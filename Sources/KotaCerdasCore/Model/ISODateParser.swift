import Foundation

/// Parses and formats the ISO 8601 subset of the data format without DateFormatter,
/// which is slow and depends on the machine's locale data.
enum ISODateParser {
    struct Parsed {
        let instant: Date
        let precision: DataDate.Precision
    }

    static func parse(_ text: String) -> Parsed? {
        withBytes(of: text, parse(bytes:))
    }

    /// Runs `body` on the UTF-8 bytes of `text` in place: dates are read by the million
    /// in a large city, and copying each into an array first was most of the cost.
    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Parsed? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4) else { return nil }
        guard !reader.atEnd else { return build(year, 1, 1, precision: .year) }
        guard reader.consume("-"), let month = reader.number(digits: 2), (1...12).contains(month) else { return nil }
        guard !reader.atEnd else { return build(year, month, 1, precision: .month) }
        guard reader.consume("-"), let day = reader.number(digits: 2),
              (1...daysInMonth(year, month)).contains(day) else { return nil }
        guard !reader.atEnd else { return build(year, month, day, precision: .day) }
        guard reader.consume("T") || reader.consume(" "),
              let hour = reader.number(digits: 2), hour < 24,
              reader.consume(":"), let minute = reader.number(digits: 2), minute < 60 else { return nil }
        var seconds = 0.0
        if reader.consume(":") {
            guard let whole = reader.number(digits: 2), whole < 61 else { return nil }
            seconds = Double(whole)
            if reader.consume(".") {
                guard let fraction = reader.fraction() else { return nil }
                seconds += fraction
            }
        }
        guard let offset = reader.offsetSeconds(), reader.atEnd else { return nil }
        let days = daysFromCivil(year, month, day)
        let epoch = Double(days) * 86_400 + Double(hour * 3600 + minute * 60) + seconds - Double(offset)
        return Parsed(instant: Date(timeIntervalSince1970: epoch), precision: .instant)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for an instant.
    static func format(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / 86_400).rounded(.down))
        let secondsOfDay = total - days * 86_400
        let (year, month, day) = civilFromDays(days)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                      secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60)
    }

    /// The calendar date as written: an instant keeps its own offset's date, anything else is UTC.
    static func civilFields(instant: Date, precision: DataDate.Precision, text: String) -> (year: Int, month: Int, day: Int) {
        let days = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))
        if precision == .instant, let parsed = parseLocalDate(text) { return parsed }
        return civilFromDays(days)
    }

    private static func parseLocalDate(_ text: String) -> (Int, Int, Int)? {
        withBytes(of: text) { bytes in
            var reader = DigitReader(bytes: bytes)
            guard let year = reader.number(digits: 4), reader.consume("-"),
                  let month = reader.number(digits: 2), reader.consume("-"),
                  let day = reader.number(digits: 2) else { return nil }
            return (year, month, day)
        }
    }

    private static func build(_ year: Int, _ month: Int, _ day: Int, precision: DataDate.Precision) -> Parsed {
        Parsed(instant: Date(timeIntervalSince1970: Double(daysFromCivil(year, month, day)) * 86_400),
               precision: precision)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (era-based arithmetic).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Reads fixed-width digit groups and separators from ASCII bytes.
private struct DigitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    mutating func fraction() -> Double? {
        var scale = 0.1
        var value = 0.0
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value += Double(bytes[index] - 0x30) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    /// `Z`, `+HH:MM`, `-HH:MM` or `+HHMM`, as seconds east of UTC.
    mutating func offsetSeconds() -> Int? {
        if consume("Z") || consume("z") { return 0 }
        let sign: Int
        if consume("+") { sign = 1 } else if consume("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), hours < 24 else { return nil }
        _ = consume(":")
        guard let minutes = number(digits: 2), minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
