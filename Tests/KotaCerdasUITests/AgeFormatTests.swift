import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

@Suite struct AgeFormatTests {
    let id = AgeFormat(.indonesian)
    let en = AgeFormat(.english)

    @Test func justNowForUnderAMinuteAndForTheFuture() {
        #expect(id.relative(seconds: 59) == "baru saja")
        #expect(en.relative(seconds: 0) == "just now")
        #expect(en.relative(seconds: -30) == "just now")
    }

    @Test func minutesHoursAndDays() {
        #expect(id.relative(seconds: 150) == "2 mnt lalu")
        #expect(en.relative(seconds: 150) == "2 min ago")
        #expect(id.relative(seconds: 3 * 3600 + 59) == "3 jam lalu")
        #expect(en.relative(seconds: 3 * 3600) == "3 h ago")
        #expect(id.relative(seconds: 5 * 86400) == "5 hari lalu")
        #expect(en.relative(seconds: 5 * 86400 + 100) == "5 d ago")
    }

    @Test func monthsAndYears() {
        #expect(id.relative(seconds: 65 * 86400) == "2 bln lalu")
        #expect(en.relative(seconds: 65 * 86400) == "2 mo ago")
        #expect(id.relative(seconds: 800 * 86400) == "2 thn lalu")
        #expect(en.relative(seconds: 800 * 86400) == "2 y ago")
    }

    @Test func betweenTwoDates() {
        let then = Date(timeIntervalSince1970: 1_000_000)
        #expect(en.relative(from: then, to: then.addingTimeInterval(600)) == "10 min ago")
        #expect(id.relative(seconds: .nan) == "–")
        #expect(en.relative(seconds: .infinity) == "–")
    }

    @Test func intervalsBelowASecondKeepTheirMilliseconds() {
        #expect(AgeFormat(.english).duration(seconds: 0.2) == "200 ms")
        #expect(AgeFormat(.indonesian).duration(seconds: 0.5) == "500 ms")
        #expect(AgeFormat(.english).duration(seconds: 30) == "30 s")
        #expect(AgeFormat(.indonesian).duration(seconds: 300) == "5 mnt")
    }

    @Test func absurdSpansAreShownNotTrapped() {
        #expect(AgeFormat(.english).duration(seconds: 1e300).hasSuffix(" d"))
        #expect(AgeFormat(.english).relative(seconds: 1e300).hasSuffix(" y ago"))
    }
}
