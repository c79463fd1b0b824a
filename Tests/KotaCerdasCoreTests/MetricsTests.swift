import Foundation
import Testing
@testable import KotaCerdasCore

@Suite struct MetricsTests {
    private func indicator(
        _ value: Double?, target: Double? = 100, baseline: Double? = nil, better: BetterDirection = .higher,
        warn: Double? = nil, critical: Double? = nil
    ) -> Indicator {
        Indicator(id: "i", name: LocalizedText("I"), value: value, target: target, baseline: baseline,
                  better: better, warn: warn, critical: critical)
    }

    @Test func higherIsBetterUsesTheAlertLevels() {
        #expect(indicator(3.12, target: 3.5, warn: 3.0, critical: 2.5).status == .onTarget)
        #expect(indicator(2.9, target: 3.5, warn: 3.0, critical: 2.5).status == .watch)
        #expect(indicator(2.4, target: 3.5, warn: 3.0, critical: 2.5).status == .offTarget)
    }

    @Test func withoutLevelsTheTargetAndBaselineDecide() {
        #expect(indicator(100).status == .onTarget)
        #expect(indicator(95).status == .watch)
        #expect(indicator(89).status == .offTarget)
        #expect(indicator(80, baseline: 70).status == .watch)
        #expect(indicator(69, baseline: 70).status == .offTarget)
    }

    @Test func lowerIsBetterMirrorsTheLevels() {
        #expect(indicator(17.78, target: 15, baseline: 20.2, better: .lower).status == .watch)
        #expect(indicator(14, target: 15, better: .lower).status == .onTarget)
        #expect(indicator(30, target: 20, better: .lower, warn: 22, critical: 25).status == .offTarget)
    }

    @Test func targetMeansClosestIsBest() {
        #expect(indicator(102, better: .target).status == .onTarget)
        #expect(indicator(110, better: .target).status == .watch)
        #expect(indicator(84, better: .target).status == .offTarget)
        #expect(indicator(103, better: .target, warn: 2, critical: 4).status == .watch)
    }

    @Test func noValueOrNothingToCompareWithIsNoData() {
        #expect(indicator(nil).status == .noData)
        #expect(indicator(5, target: nil).status == .noData)
    }

    @Test func attainmentFollowsTheDirection() throws {
        #expect(try #require(indicator(3.12, target: 3.5).attainment) == 3.12 / 3.5)
        #expect(indicator(120).attainment == 1)
        #expect(try #require(indicator(20, target: 15, better: .lower).attainment) == 0.75)
        #expect(indicator(10, target: 15, better: .lower).attainment == 1)
        #expect(try #require(indicator(30, target: 0, baseline: 60, better: .lower).attainment) == 0.5)
        #expect(try #require(indicator(90, better: .target).attainment) == 0.9)
        #expect(indicator(nil).attainment == nil)
    }

    @Test func dimensionScoreIsTheWeightedMeanOfAttainments() throws {
        var heavy = indicator(50)
        heavy.weight = 3
        let dimension = Dimension(id: "d", name: LocalizedText("D"), indicators: [heavy, indicator(100), indicator(nil)])
        let summary = DimensionSummary(dimension)
        #expect(try #require(summary.score) == (0.5 * 3 + 1) / 4)
        #expect(summary.count(.onTarget) == 1)
        #expect(summary.count(.offTarget) == 1)
        #expect(summary.count(.noData) == 1)
    }

    @Test func slipComparesProgressWithElapsedTime() throws {
        let program = Program(id: "p", name: LocalizedText("P"), status: .delayed, progress: 0.25,
                              start: DataDate("2026-01-01"), end: DataDate("2027-01-01"))
        let midYear = try #require(DataDate("2026-07-02T12:00:00Z")).instant
        #expect(try #require(program.elapsed(at: midYear)) == 0.5)
        #expect(try #require(program.slip(at: midYear)) == -0.25)
        #expect(program.slipDays(at: midYear) == -91)
        var done = program
        done.status = .completed
        #expect(done.slip(at: midYear) == nil)
    }

    @Test func absorptionAndOverdueMilestones() throws {
        let program = Program(
            id: "p", name: LocalizedText("P"), status: .atRisk,
            budget: Budget(allocated: 200, spent: 50),
            milestones: [Milestone(name: LocalizedText("a"), due: DataDate("2026-01-01"), done: false),
                         Milestone(name: LocalizedText("b"), due: DataDate("2026-02-01"), done: true),
                         Milestone(name: LocalizedText("c"), due: DataDate("2027-01-01"), done: false)])
        #expect(program.absorption == 0.25)
        let now = try #require(DataDate("2026-06-01")).instant
        #expect(program.overdueMilestones(at: now).map { $0.name.text(in: .english) } == ["a"])
    }

    @Test func trendJudgesTheLastChangeByDirection() throws {
        var poverty = indicator(17.78, target: 15, better: .lower)
        poverty.history = [HistoryPoint(at: try #require(DataDate("2023")), value: 18.7)]
        poverty.updatedAt = DataDate("2024")
        #expect(poverty.trend == .improving)
        #expect(poverty.series.count == 2)
    }
}
