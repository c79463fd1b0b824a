import KotaCerdasUI
import Testing

@Suite struct BreadcrumbsTests {
    let trail = Breadcrumbs(segments: ["Kota Bandung", "Mobilitas", "Kemacetan"])

    @Test func fullTrailWhenItFits() {
        let buffer = drawnBuffer(width: 40, height: 1) { trail.draw(on: &$0) }
        #expect(buffer.plainText == "Kota Bandung › Mobilitas › Kemacetan    ")
        #expect(buffer[27, 0].role == .title)
        #expect(buffer[13, 0].role == .muted)
    }

    @Test func oldestSegmentsGiveWayFromTheLeft() {
        #expect(drawn(width: 30, height: 1) { trail.draw(on: &$0) } == "… › Mobilitas › Kemacetan     ")
        #expect(drawn(width: 14, height: 1) { trail.draw(on: &$0) } == "… › Kemacetan ")
    }

    @Test func currentSegmentAloneIsCutFromTheLeft() {
        #expect(drawn(width: 8, height: 1) { trail.draw(on: &$0) } == "…macetan")
    }

    @Test func asciiSeparatorAndEllipsis() {
        #expect(drawn(width: 30, height: 1, glyphs: .ascii) { trail.draw(on: &$0) } == "~ > Mobilitas > Kemacetan     ")
    }
}
