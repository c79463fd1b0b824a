import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// Golden frames of the cities view: the Jawa Timur province sample (dimension gauges)
/// and the IKCI 2018 ranking (index scores only), narrow and wide, in both languages.
@Suite struct CitiesSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 50)]

    @Test(arguments: ["jawa-timur", "ikci-2018"], [Language.indonesian, .english])
    func citiesView(sample: String, language: Language) throws {
        let cities = try #require(CitySamples.cities(sample), "sample \(sample) is not bundled")
        for (width, height) in Self.sizes {
            let state = CitySamples.state(cities, width: width, height: height, language: language)
            #expect(state.route == .cities)
            assertSnapshot(Screen.render(state), named: "cities-\(sample)-\(language.rawValue)-\(width)x\(height)")
        }
    }

    @Test(arguments: [Language.indonesian, .english])
    func cityWithOnlyAnIndexScore(language: Language) throws {
        var state = CitySamples.state(try #require(CitySamples.cities("ikci-2018")), width: 80, height: 24, language: language)
        state.openCity("malang")
        assertSnapshot(Screen.render(state), named: "cities-ikci-2018-malang-\(language.rawValue)-80x24")
    }

    @Test func aCityOfTheProvinceOpensOnItsPanels() throws {
        var state = CitySamples.state(try #require(CitySamples.cities("jawa-timur")), width: 120, height: 40)
        state.openCity("banyuwangi")
        assertSnapshot(Screen.render(state), named: "cities-jawa-timur-banyuwangi-en-120x40")
    }
}
