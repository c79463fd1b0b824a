import KotaCerdasUI
import Testing

@Suite struct SparklineTests {
    @Test func scaledFromLowestToHighest() {
        #expect(drawn(width: 8, height: 1) { Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]).draw(on: &$0) } == "▁▂▃▄▅▆▇█")
    }

    @Test func gapsStayBlank() {
        #expect(drawn(width: 5, height: 1) { Sparkline(values: [0, nil, 10, .nan, 5]).draw(on: &$0) } == "▁ █ ▅")
    }

    @Test func flatSeriesSitsMidHeight() {
        #expect(drawn(width: 5, height: 1) { Sparkline(values: [3, 3, 3]).draw(on: &$0) } == "▄▄▄  ")
    }

    @Test func onlyTheMostRecentValuesThatFitAreShownAndScaled() {
        #expect(drawn(width: 3, height: 1) { Sparkline(values: [100, 1, 2, 3]).draw(on: &$0) } == "▁▅█")
    }

    @Test func noValuesDrawNothing() {
        #expect(drawn(width: 3, height: 1) { Sparkline(values: [nil, .nan]).draw(on: &$0) } == "   ")
    }

    @Test func asciiFallback() {
        let text = drawn(width: 8, height: 1, glyphs: .ascii) { Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]).draw(on: &$0) }
        #expect(text == "_.-~=+*#")
    }
}
