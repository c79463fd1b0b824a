import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Text from a data file or an endpoint reaches every screen; none of it may reach the
/// terminal as a control: no cursor moves, colours, titles or clipboard writes.
@Suite struct HostileTextTests {
    private static let attacks = [
        "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",        // OSC 52: write to the clipboard
        "\u{1B}]0;pwned\u{1B}\\",                  // OSC 0: retitle the terminal
        "\u{1B}[2J\u{1B}[H",                       // CSI: clear the screen, home the cursor
        "\u{1B}P+q544e\u{1B}\\",                   // DCS: query the terminal
        "\u{9B}31m",                               // 8-bit CSI
        "\u{202E}nimda",                           // bidi override
    ]

    private func hostileDocument() -> CityDocument {
        var document = TestState.fixture
        let attack = Self.attacks.joined(separator: " ")
        document.city.name = "Kota " + attack
        document.dimensions[0].name = LocalizedText("Tata Kelola " + attack)
        document.dimensions[0].indicators[0].name = LocalizedText("Indeks " + attack)
        document.dimensions[0].indicators[0].unit = LocalizedText(attack)
        document.dimensions[0].programs[0].owner = "Dinas " + attack
        return document
    }

    @Test(arguments: ["home", "governance", "sources", "help"])
    func noControlCharacterReachesTheFrame(_ view: String) throws {
        let document = hostileDocument()
        var state = TestState.make(document, width: 200, height: 60)
        state.route = try RoutePath.route(view, in: document)
        let frame = Screen.render(state).plainText
        let controls = frame.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
        #expect(controls.isEmpty, "control characters in the frame: \(controls.map { String($0.value, radix: 16) })")
        #expect(frame.contains("Kota"), "the readable part of the text stays")
    }

    @Test func detailScreensAreCleanToo() throws {
        let document = hostileDocument()
        let dimension = document.dimensions[0]
        for route in [Route.indicator(dimensionID: dimension.id, id: dimension.indicators[0].id),
                      .program(dimensionID: dimension.id, id: dimension.programs[0].id)] {
            var state = TestState.make(document, width: 120, height: 40)
            state.route = route
            let frame = Screen.render(state).plainText
            #expect(!frame.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
    }
}
