import KotaCerdasUI
import Testing

@Suite struct GaugeTests {
    @Test func halfIsHalfTheCells() {
        #expect(drawn(width: 10, height: 1) { Gauge(fraction: 0.5).draw(on: &$0) } == "█████░░░░░")
    }

    @Test func eighthBlockPrecision() {
        #expect(drawn(width: 10, height: 1) { Gauge(fraction: 0.33).draw(on: &$0) } == "███▎░░░░░░")
    }

    @Test func labelAtTheRightEnd() {
        #expect(drawn(width: 10, height: 1) { Gauge(fraction: 0.62, label: "62%").draw(on: &$0) } == "███▊░░ 62%")
    }

    @Test func outOfRangeAndNaNAreClamped() {
        #expect(drawn(width: 4, height: 1) { Gauge(fraction: 1.7).draw(on: &$0) } == "████")
        #expect(drawn(width: 4, height: 1) { Gauge(fraction: -1).draw(on: &$0) } == "░░░░")
        #expect(drawn(width: 4, height: 1) { Gauge(fraction: .nan).draw(on: &$0) } == "░░░░")
    }

    @Test func filledCellsUseTheRoleAndTheTrackIsMuted() {
        let buffer = drawnBuffer(width: 4, height: 1) { Gauge(fraction: 0.5, role: .watch).draw(on: &$0) }
        #expect(buffer[1, 0].role == .watch)
        #expect(buffer[2, 0].role == .muted)
    }

    @Test func asciiFallback() {
        #expect(drawn(width: 10, height: 1, glyphs: .ascii) { Gauge(fraction: 0.62, label: "62%").draw(on: &$0) } == "###=.. 62%")
        #expect(drawn(width: 10, height: 1, glyphs: .ascii) { Gauge(fraction: 0.33).draw(on: &$0) } == "###.......")
    }
}
