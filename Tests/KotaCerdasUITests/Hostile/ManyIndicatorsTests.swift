import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// A city far larger than any real one (the speed of 100 000 indicators is measured in
/// BENCHMARKS.md): every indicator decodes and the screens stay correct.
@Suite struct ManyIndicatorsTests {
    static func json(dimensions: Int, indicatorsEach: Int) -> String {
        var text = #"{"format":"kotacerdas/v1","city":{"id":"besar","name":"Kota Besar"},"asOf":"2026-10-31","dimensions":["#
        for d in 0..<dimensions {
            text += d == 0 ? "" : ","
            text += #"{"id":"d\#(d)","name":"Dimensi \#(d)","indicators":["#
            for i in 0..<indicatorsEach {
                text += i == 0 ? "" : ","
                text += #"{"id":"d\#(d)-i\#(i)","name":"Indikator \#(d)-\#(i)","value":\#(i % 100),"target":50,"better":"higher"}"#
            }
            text += "]}"
        }
        return text + "]}"
    }

    @Test func twentyThousandIndicatorsDecodeAndDraw() throws {
        let result = DocumentDecoder.decode(bytes: Array(Self.json(dimensions: 20, indicatorsEach: 1_000).utf8))
        #expect(result.problems.isEmpty)
        let document = try #require(result.document)
        #expect(document.dimensions.reduce(0) { $0 + $1.indicators.count } == 20_000)
        var state = AppState(document: document, now: Date(timeIntervalSince1970: 1_793_404_800), language: .english,
                             size: TerminalSize(width: 120, height: 40))
        let home = HostileFrame(route: .home, language: .english, buffer: Screen.render(state), ansi: "")
        #expect(HostileScreens.problems(in: home) == [])
        #expect(home.plain.contains("Dimensi 0"))
        state.route = .dimension("d7")
        let dimension = HostileFrame(route: state.route, language: .english, buffer: Screen.render(state), ansi: "")
        #expect(HostileScreens.problems(in: dimension) == [])
        #expect(dimension.plain.contains("Indicators  1000"), "\(dimension.plain)")
        #expect(dimension.plain.contains("Indikator 7-0"))
    }
}
