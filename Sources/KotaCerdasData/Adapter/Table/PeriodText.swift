import KotaCerdasCore

/// Reads the periods tables give — column headers such as `2016` or `2024-03`, cells of a
/// period column — as the format's dates.
///
/// Besides the format's own forms (`2024`, `2024-03`, `2024-03-15`, an instant with an
/// offset) it takes the day-first dates of spreadsheets set to the Indonesian locale
/// (`15/03/2024`) and a portal's timestamp at midnight without an offset
/// (`2024-03-15T00:00:00`, as CKAN's datastore writes dates), which is that day.
enum PeriodText {
    static func read(_ text: String) -> DataDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = DataDate(trimmed) { return date }
        if let date = dayFirst(trimmed) { return date }
        return midnightWithoutOffset(trimmed)
    }

    /// A year given as a number (a portal's numeric `Tahun` column).
    static func read(year number: Double) -> DataDate? {
        guard number == number.rounded(), (1000...9999).contains(number) else { return nil }
        return DataDate(String(Int(number)))
    }

    /// `15/03/2024` or `5/3/2024` → `2024-03-15`.
    private static func dayFirst(_ text: String) -> DataDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return DataDate("\(parts[2])-\(twoDigits(month))-\(twoDigits(day))")
    }

    /// `2024-03-15T00:00:00` (or with a space, or `00:00`) → `2024-03-15`; any other time
    /// without an offset is left unread, as its instant depends on a time zone nobody gave.
    private static func midnightWithoutOffset(_ text: String) -> DataDate? {
        guard text.utf8.count >= 16 else { return nil }
        let date = text.prefix(10)
        let time = text.dropFirst(11)
        guard ["T", " "].contains(text[text.index(text.startIndex, offsetBy: 10)]),
              ["00:00", "00:00:00"].contains(time) || time.hasPrefix("00:00:00.") && time.dropFirst(9).allSatisfy({ $0 == "0" })
        else { return nil }
        return DataDate(String(date))
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
