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

@Suite struct ExtremeValueTests {
    @Test(arguments: [[1e16, 1e16, 1e16], [-1e308, 1e308, 0], [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude]])
    func hugeOrFlatSeriesDrawWithoutTrapping(_ values: [Double]) {
        let spark = drawn(width: 6, height: 1) { Sparkline(values: values).draw(on: &$0) }
        #expect(!spark.trimmingCharacters(in: .whitespaces).isEmpty)
        // Reaching this line is the point: such spans used to trap. Labels of 300 digits
        // leave no room to plot, so the chart stays empty rather than wrong.
        let chart = drawn(width: 30, height: 6) {
            LineChart(values: values, target: values[0], format: NumberFormat(.english), decimals: 0).draw(on: &$0)
        }
        #expect(chart.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
    }

    @Test func aFlatSeriesBeyondDoublePrecisionStillPlots() {
        let chart = drawn(width: 40, height: 6) {
            LineChart(values: [1e16, 1e16, 1e16], format: NumberFormat(.english), decimals: 0).draw(on: &$0)
        }
        #expect(chart.contains("┤"))
    }
}
