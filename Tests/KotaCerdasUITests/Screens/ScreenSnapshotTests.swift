import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Golden frames of every screen, sizes and languages; the product's face, kept under
/// review in `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// Each city with a dimension, indicator and programme worth showing in detail.
    struct City: Sendable, CustomTestStringConvertible {
        let name: String
        let document: CityDocument
        /// The data as written, for telling the data's own characters from the UI's.
        let json: String
        var testDescription: String { name }

        var routes: [(String, Route)] {
            let dimension = document.dimensions[0]
            let linked = dimension.programs.first { !$0.indicatorIDs.isEmpty } ?? dimension.programs[0]
            let indicator = dimension.indicators.first { indicator in
                dimension.programs.contains { $0.indicatorIDs.contains(indicator.id) }
            } ?? dimension.indicators[0]
            return [
                ("home", .home),
                ("dimension", .dimension(dimension.id)),
                ("indicator", .indicator(dimensionID: dimension.id, id: indicator.id)),
                ("program", .program(dimensionID: dimension.id, id: linked.id)),
                ("help", .help),
            ]
        }
    }

    static let cities: [City] = {
        let samples = ["sumenep", "bandung"].compactMap { name in TestState.sample(name).map { City(name: name, document: $0.document, json: $0.json) } }
        return samples.count == 2 ? samples : [City(name: "fixture", document: TestState.fixture, json: ScreenFixture.json)]
    }()

    @Test(arguments: cities, [Language.indonesian, .english])
    func everyScreen(city: City, language: Language) {
        for (width, height) in Self.sizes {
            for (name, route) in city.routes {
                let state = TestState.make(city.document, width: width, height: height, language: language, route: route)
                assertSnapshot(Screen.render(state), named: "\(city.name)-\(name)-\(language.rawValue)-\(width)x\(height)")
            }
        }
    }

    @Test(arguments: [Language.indonesian, .english])
    func sourcesScreen(language: Language) {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = TestState.make(Self.cities[0].document, width: width, height: height, language: language, route: .sources)
            state.sources = TestState.mixedSources(at: state.now)
            assertSnapshot(Screen.render(state), named: "sources-\(language.rawValue)-\(width)x\(height)")
        }
    }

    @Test(arguments: [Language.indonesian, .english])
    func waitingForData(language: Language) {
        for (width, height) in [(120, 40), (80, 24)] {
            let now = Self.cities[0].document.asOf?.instant ?? Date(timeIntervalSince1970: 0)
            let loading = SourceStatus(id: "file", kind: .file, location: "data/sumenep.json")
            let sources = [loading, TestState.mixedSources(at: now)[1]]
            let state = AppState(document: nil, sources: sources, now: now,
                                 language: language, size: TerminalSize(width: width, height: height))
            assertSnapshot(Screen.render(state), named: "waiting-\(language.rawValue)-\(width)x\(height)")
        }
    }

    /// The legend beside the `.roles` layers says what each letter means.
    @Test func roleLegend() {
        compareGolden(RoleLetters.legend, file: "roles-legend.txt", sourceLocation: #_sourceLocation) { expected in
            lineDiff(expected: expected, actual: RoleLetters.legend)
        }
    }

    @Test func tooSmall() {
        let state = TestState.make(Self.cities[0].document, width: 30, height: 8)
        let buffer = Screen.render(state)
        assertSnapshot(buffer, named: "too-small-30x8")
        #expect(buffer.plainText.contains("40×12"))
    }

    @Test func asciiHome() {
        let state = TestState.make(Self.cities[0].document, width: 120, height: 40, language: .english, glyphMode: .ascii)
        let buffer = Screen.render(state)
        assertSnapshot(buffer, named: "\(Self.cities[0].name)-home-ascii-120x40")
        // Names and units from the data keep their own letters; everything the UI adds is ASCII.
        let dataScalars = Set(Self.cities[0].json.unicodeScalars)
        let foreign = buffer.plainText.unicodeScalars.filter { !$0.isASCII && !dataScalars.contains($0) }
        #expect(foreign.isEmpty, "non-ASCII UI glyphs: \(String(String.UnicodeScalarView(foreign)))")
    }
}
