import Testing
@testable import KotaCerdasTerminal

@Suite struct PollTimeoutTests {
    @Test func nothingDueWaitsForever() {
        #expect(PollTimeout.milliseconds(for: nil) == -1)
    }

    @Test func dueOrOverdueDoesNotWait() {
        #expect(PollTimeout.milliseconds(for: .zero) == 0)
        #expect(PollTimeout.milliseconds(for: .seconds(-3)) == 0)
        #expect(PollTimeout.milliseconds(for: .milliseconds(-1)) == 0)
    }

    @Test func delaysRoundUpSoTheLoopNeverWakesEarly() {
        #expect(PollTimeout.milliseconds(for: .microseconds(1)) == 1)
        #expect(PollTimeout.milliseconds(for: .milliseconds(1500)) == 1500)
        #expect(PollTimeout.milliseconds(for: .nanoseconds(2_000_000_001)) == 2001)
    }

    @Test func hugeDelaysAreClamped() {
        #expect(PollTimeout.milliseconds(for: .seconds(Int64.max)) == Int32.max)
        #expect(PollTimeout.milliseconds(for: .seconds(10_000_000)) == Int32.max)
    }
}
