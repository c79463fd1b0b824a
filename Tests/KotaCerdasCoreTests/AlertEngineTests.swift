import Foundation
import Testing
@testable import KotaCerdasCore

/// Alerts decided from data changes alone, with a fixed clock.
@Suite struct AlertEngineTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let rules = AlertRules(hold: 60, capacity: 500)

    /// The fixture city with the SPBE index at `spbe` (warn 3.0, critical 2.5, higher is
    /// better) and the programme's status `program`.
    static func city(spbe: Double, program: String = "on-track") throws -> CityDocument {
        let indicator = Fixture.indicator.replacingOccurrences(of: "\"value\": 3.12", with: "\"value\": \(spbe)")
        let programme = Fixture.program.replacingOccurrences(of: "\"on-track\"", with: "\"\(program)\"")
        return try #require(try Fixture.decode(Fixture.document(indicator: indicator, program: programme)).document)
    }

    /// A wall fed by readings: each `read` judges the data at `start + seconds`.
    struct Wall {
        var book = AlertBook()
        var rules = AlertEngineTests.rules
        var announced: [AlertChange] = []

        @discardableResult
        mutating func read(
            _ document: CityDocument?, sources: [SourceStatus] = [], at seconds: TimeInterval
        ) -> [AlertChange] {
            let now = AlertEngineTests.start + seconds
            let kinds: Set<AlertSubject.Kind> = document == nil ? [.source] : Set(AlertSubject.Kind.allCases)
            let (next, changes) = AlertEngine.assess(
                book, observations: AlertObservation.all(document: document, sources: sources, at: now),
                observedKinds: kinds, at: now, rules: rules)
            book = next
            announced += changes
            return changes
        }

        var spbe: [Alert] { book.alerts.filter { $0.subject.key == "indicator:governance/gov-spbe" } }
    }

    @Test func aWorseValueRaisesOnlyAfterItHeld() throws {
        var wall = Wall()
        wall.read(try Self.city(spbe: 3.12), at: 0)
        #expect(wall.book.alerts.isEmpty)
        #expect(wall.read(try Self.city(spbe: 2.8), at: 10).isEmpty, "a new status waits out the hold")
        #expect(AlertEngine.nextDecision(in: wall.book, rules: wall.rules) == Self.start + 70)
        #expect(wall.read(try Self.city(spbe: 2.8), at: 69).isEmpty)
        let raised = wall.read(try Self.city(spbe: 2.8), at: 70)
        #expect(raised.map(\.event) == [.raised])
        let alert = try #require(wall.spbe.first)
        #expect(alert.from == .indicator(.onTarget))
        #expect(alert.to == .indicator(.watch))
        #expect(alert.value == 2.8)
        #expect(alert.target == 3.5)
        #expect(alert.started == Self.start + 70)
        #expect(alert.isOpen)
        #expect(AlertEngine.nextDecision(in: wall.book, rules: wall.rules) == nil)
    }

    @Test func aValueFlickeringAtTheThresholdRaisesNothing() throws {
        var wall = Wall()
        for step in 0..<20 {
            wall.read(try Self.city(spbe: step.isMultiple(of: 2) ? 3.01 : 2.99), at: Double(step) * 30)
        }
        #expect(wall.announced.isEmpty)
        #expect(wall.book.alerts.isEmpty)
    }

    @Test func eachWorseningRaisesAndRecoveryClears() throws {
        var wall = Wall()
        wall.rules = AlertRules(hold: 0)
        wall.read(try Self.city(spbe: 3.12), at: 0)
        wall.read(try Self.city(spbe: 2.8), at: 10)
        let worse = wall.read(try Self.city(spbe: 2.0), at: 20)
        #expect(worse.map(\.event) == [.cleared, .raised], "✓ → ! → ✗: the ! alert ends and a ✗ one starts")
        #expect(wall.spbe.map(\.to) == [.indicator(.offTarget), .indicator(.watch)])
        #expect(wall.spbe.first?.from == .indicator(.watch))
        #expect(wall.spbe.last?.ended == Self.start + 20)

        #expect(wall.read(try Self.city(spbe: 2.8), at: 30).isEmpty, "✗ → ! is better but not recovered")
        #expect(wall.spbe.first?.isOpen == true)

        let recovered = wall.read(try Self.city(spbe: 3.3), at: 40)
        #expect(recovered.map(\.event) == [.cleared])
        #expect(wall.spbe.first?.ended == Self.start + 40)
        #expect(wall.book.open.isEmpty)
    }

    @Test func recoveryIsDebouncedToo() throws {
        var wall = Wall()
        wall.read(try Self.city(spbe: 3.12), at: 0)
        wall.read(try Self.city(spbe: 2.0), at: 0)
        wall.read(try Self.city(spbe: 2.0), at: 60)
        #expect(wall.book.open.count == 1)
        wall.read(try Self.city(spbe: 3.3), at: 100)
        wall.read(try Self.city(spbe: 2.0), at: 130)
        wall.read(try Self.city(spbe: 2.0), at: 200)
        #expect(wall.book.open.count == 1, "a recovery that did not hold clears nothing")
        #expect(wall.announced.map(\.event) == [.raised])
    }

    @Test func programmesAtRiskOrDelayedRaise() throws {
        var wall = Wall()
        wall.rules = AlertRules(hold: 0)
        wall.read(try Self.city(spbe: 3.12, program: "on-track"), at: 0)
        wall.read(try Self.city(spbe: 3.12, program: "at-risk"), at: 10)
        wall.read(try Self.city(spbe: 3.12, program: "completed"), at: 20)
        let programme = wall.book.alerts.filter { $0.subject.kind == .program }
        #expect(programme.count == 1)
        #expect(programme.first?.to == .program(.atRisk))
        #expect(programme.first?.value == 62, "progress in percent")
        #expect(programme.first?.ended == Self.start + 20)
    }

    @Test func aFailingThenStaleSourceRaisesAndClears() throws {
        var wall = Wall()
        wall.rules = AlertRules(hold: 0)
        let city = try Self.city(spbe: 3.12)
        var source = SourceStatus(id: "/srv/kota.json", kind: .file, location: "/srv/kota.json", interval: 60,
                                  lastSuccess: Self.start)
        wall.read(city, sources: [source], at: 0)
        source.lastError = "line 3, column 11: expected a value"
        let failing = wall.read(city, sources: [source], at: 30)
        #expect(failing.first?.alert.to == .source(.failing))
        #expect(failing.first?.alert.detail == "line 3, column 11: expected a value")
        source.lastError = nil
        source.lastSuccess = Self.start + 40
        #expect(wall.read(city, sources: [source], at: 40).map(\.event) == [.cleared])
        // No news for more than three intervals: stale, from the clock alone.
        let stale = wall.read(city, sources: [source], at: 40 + 181)
        #expect(stale.first?.alert.to == .source(.stale))
    }

    @Test func theFirstReadingRaisesWhatIsAlreadyBadOnce() throws {
        var wall = Wall()
        wall.read(try Self.city(spbe: 2.0), at: 0)
        #expect(wall.book.alerts.isEmpty, "even the first reading waits out the hold")
        wall.read(try Self.city(spbe: 2.0), at: 60)
        #expect(wall.spbe.count == 1)
        #expect(wall.spbe.first?.from == nil, "nothing is known of before the start")
        for minute in 2...10 { wall.read(try Self.city(spbe: 2.0), at: Double(minute) * 60) }
        #expect(wall.announced.count == 1)
    }

    @Test func aRestartWithAnOpenAlertDoesNotRaiseItAgain() throws {
        var before = Wall()
        before.rules = AlertRules(hold: 0)
        before.read(try Self.city(spbe: 3.12), at: 0)
        before.read(try Self.city(spbe: 2.0), at: 10)
        // Only the alerts survive a restart, as the file keeps them.
        var after = Wall()
        after.book = AlertBook(alerts: before.book.alerts, nextID: before.book.nextID)
        after.read(try Self.city(spbe: 2.0), at: 1000)
        after.read(try Self.city(spbe: 2.0), at: 2000)
        #expect(after.announced.isEmpty)
        #expect(after.book.open.count == 1)
        // Recovered while the wall was down: cleared once the good value held.
        after.read(try Self.city(spbe: 3.3), at: 3000)
        let cleared = after.read(try Self.city(spbe: 3.3), at: 3060)
        #expect(cleared.map(\.event) == [.cleared])
        #expect(cleared.first?.alert.id == before.book.alerts.first?.id)
        after.read(try Self.city(spbe: 2.0), at: 4000)
        after.read(try Self.city(spbe: 2.0), at: 4060)
        #expect(after.book.alerts.first?.id == before.book.nextID, "ids go on from the kept book")
    }

    @Test func anIndicatorGoneFromTheDataEndsItsAlert() throws {
        var wall = Wall()
        wall.rules = AlertRules(hold: 0)
        wall.read(try Self.city(spbe: 2.0), at: 0)
        #expect(wall.book.open.count == 1)
        let empty = try #require(try Fixture.decode(Fixture.document(indicator: "", program: "")).document)
        #expect(wall.read(empty, at: 10).map(\.event) == [.cleared])
        #expect(wall.read(nil, at: 20).isEmpty, "without data, indicators are not judged")
    }

    @Test func withoutDataOnlySourcesAreJudged() throws {
        var wall = Wall()
        wall.rules = AlertRules(hold: 0)
        wall.read(try Self.city(spbe: 2.0), at: 0)
        wall.read(nil, sources: [], at: 10)
        #expect(wall.book.open.count == 1, "waiting for data keeps the indicator's alert")
    }

    @Test func theBookKeepsTheNewestAndOpenAlerts() {
        var alerts: [Alert] = []
        for id in 1...10 {
            let subject = AlertSubject(kind: .indicator, key: "indicator:d/\(id)", name: LocalizedText("\(id)"))
            alerts.append(Alert(id: id, subject: subject, from: nil, to: .indicator(.watch), started: Self.start + Double(id),
                                ended: id == 2 ? nil : Self.start + 100))
        }
        let book = AlertBook(alerts: alerts, capacity: 4)
        #expect(book.alerts.map(\.id) == [10, 9, 8, 2], "the oldest ended go first; an open one stays")
        #expect(book.nextID == 11)
    }

    @Test func severityRanksStatusesNotTheirOrder() {
        #expect(AlertStatus.indicator(.noData).severity == .fine)
        #expect(AlertStatus.program(.cancelled).severity == .fine)
        #expect(AlertStatus.source(.loading).severity == .fine)
        #expect(AlertStatus.indicator(.watch).severity == AlertStatus.program(.atRisk).severity)
        #expect(AlertStatus.source(.failing).severity > AlertStatus.source(.stale).severity)
        for word in ["on-target", "watch", "off-target", "at-risk", "delayed", "stale", "failing"] {
            #expect(AlertStatus(word: word)?.word == word)
        }
        #expect(AlertStatus(word: "panic") == nil)
    }
}
