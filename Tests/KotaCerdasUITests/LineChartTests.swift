import KotaCerdasCore
import KotaCerdasUI
import Testing

@Suite struct LineChartTests {
    @Test func brailleLineWithAxisAndDashedTarget() {
        let chart = LineChart(
            values: [0, 50, 100], timeLabels: ["Jan", "Feb", "Mar"], target: 80, format: NumberFormat(.english))
        let buffer = drawnBuffer(width: 10, height: 4) { chart.draw(on: &$0) }
        #expect(buffer.plainText == """
            100┤╌⡇╌╌╌╌
               │⢰⠃    
              0┤⣸     
                Jan   
            """)
        #expect(buffer[4, 0].role == .target)
        #expect(buffer[5, 0].role == .chart)
        #expect(buffer[0, 0].role == .muted)
    }

    @Test func asciiDotsAndThreeTimeLabels() {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let chart = LineChart(values: (1...12).map { Double($0) }, timeLabels: months, format: NumberFormat(.english))
        let text = drawn(width: 18, height: 3, glyphs: .ascii) { chart.draw(on: &$0) }
        #expect(text == """
            12+      ....:'   
             1+..:''''        
               Jan Jun  Dec   
            """)
    }

    @Test func thresholdLinesDifferInGlyphAndRole() {
        let chart = LineChart(
            values: [50, 50], warning: 70, critical: 90, format: NumberFormat(.indonesian), decimals: 1)
        let buffer = drawnBuffer(width: 10, height: 4) { chart.draw(on: &$0) }
        #expect(buffer.plainText == """
            90,0┤┅┅┅┅┅
                │┈┈┈┈┈
            50,0┤⣀    
                      
            """)
        #expect(buffer[5, 0].role == .off)
        #expect(buffer[5, 1].role == .watch)
    }

    @Test func noDataDrawsNothing() {
        let chart = LineChart(values: [nil, .nan], format: NumberFormat(.english))
        #expect(drawn(width: 6, height: 2) { chart.draw(on: &$0) } == "      \n      ")
    }
}
