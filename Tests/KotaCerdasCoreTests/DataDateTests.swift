import Foundation
import Testing
@testable import KotaCerdasCore

@Suite struct DataDateTests {
    @Test func acceptsEveryPrecisionOfTheFormat() throws {
        #expect(DataDate("2026")?.precision == .year)
        #expect(DataDate("2026-10")?.precision == .month)
        #expect(DataDate("2026-10-31")?.precision == .day)
        #expect(DataDate("2026-10-31T17:00:00+07:00")?.precision == .instant)
        #expect(DataDate("2026-10-31T10:00Z")?.precision == .instant)
    }

    @Test func convertsOffsetsToTheSameInstant() throws {
        let jakarta = try #require(DataDate("2026-10-31T17:00:00+07:00"))
        let utc = try #require(DataDate("2026-10-31T10:00:00Z"))
        #expect(jakarta.instant == utc.instant)
        #expect(utc.instant.timeIntervalSince1970 == 1_793_440_800)
        #expect(jakarta.day == 31)
    }

    @Test(arguments: ["2026-13", "2026-02-30", "2025-02-29", "26-10-01", "2026/10/01", "2026-10-31T25:00Z",
                      "2026-10-31T17:00:00", "tomorrow", ""])
    func rejectsInvalidDates(_ text: String) {
        #expect(DataDate(text) == nil)
    }

    @Test func ordersByInstant() throws {
        let dates = ["2026-01", "2025", "2025-12-31", "2026-01-01T00:30:00+07:00"].compactMap(DataDate.init)
        #expect(dates.sorted().map(\.text) == ["2025", "2025-12-31", "2026-01-01T00:30:00+07:00", "2026-01"])
    }

    @Test func leapDaysExist() {
        #expect(DataDate("2024-02-29") != nil)
        #expect(DataDate("2000-02-29") != nil)
        #expect(DataDate("1900-02-29") == nil)
    }
}
