import Testing
@testable import KotaCerdasCore

/// Target met and on track are both good in severity, but only one has met its target.
@Suite struct StandingTests {
    private func indicator(
        _ value: Double?, target: Double? = 100, better: BetterDirection = .higher,
        warn: Double? = nil, critical: Double? = nil
    ) -> Indicator {
        Indicator(id: "i", name: LocalizedText("I"), value: value, target: target, better: better, warn: warn, critical: critical)
    }

    @Test func povertyInsideTheWarnBandIsOnTrackNotMet() {
        let poverty = indicator(17.78, target: 15, better: .lower, warn: 18.5, critical: 20)
        #expect(poverty.standing == .onTrack)
        #expect(poverty.status == .onTarget, "the severity stays good for scores, counts and alerts")
        #expect(indicator(15, target: 15, better: .lower, warn: 18.5).standing == .targetMet)
        #expect(indicator(14.2, target: 15, better: .lower, warn: 18.5).standing == .targetMet)
    }

    @Test func higherIsBetterMeetsAtOrAboveTheTarget() {
        #expect(indicator(3.12, target: 3.5, warn: 3.0).standing == .onTrack)
        #expect(indicator(3.5, target: 3.5, warn: 3.0).standing == .targetMet)
        #expect(indicator(2.9, target: 3.5, warn: 3.0).standing == .watch)
        #expect(indicator(2.4, target: 3.5, warn: 3.0, critical: 2.5).standing == .offTarget)
    }

    @Test func withoutATargetAGoodValueIsOnlyOnTrack() {
        #expect(indicator(90, target: nil, warn: 80).standing == .onTrack)
        #expect(indicator(nil).standing == .noData)
    }

    @Test func aTargetBandIsMetWithinItsAllowedDeviation() {
        #expect(indicator(7.4, target: 7.5, better: .target, warn: 1.5).standing == .targetMet)
        #expect(indicator(110, better: .target).standing == .watch)
    }

    @Test func theStandingRefinesTheSeverity() {
        #expect(IndicatorStanding.allCases.map(\.status) == [.onTarget, .onTarget, .watch, .offTarget, .noData])
    }

    @Test func panelsCountEachStandingAndEachSeverity() {
        let dimension = Dimension(id: "d", name: LocalizedText("D"), indicators: [
            indicator(100), indicator(96, warn: 95), indicator(50, warn: 95, critical: 90),
        ])
        let summary = DimensionSummary(dimension)
        #expect(summary.standingCount(.targetMet) == 1)
        #expect(summary.standingCount(.onTrack) == 1)
        #expect(summary.count(.onTarget) == 2)
        #expect(summary.count(IndicatorStatus.offTarget) == 1)
    }
}
