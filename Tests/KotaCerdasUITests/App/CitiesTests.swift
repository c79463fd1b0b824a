import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// Several cities: the cities view is home, Enter opens a city, Esc comes back, `s`
/// sorts, and new data keeps the user in their city.
@Suite struct CitiesTests {
    private func press(_ keys: Key..., on state: inout AppState) {
        for key in keys { _ = update(&state, .input(.key(key))) }
    }

    private func rows(_ state: AppState) -> [String] { CityRows(state).ids }

    private var province: [CityDocument] {
        get throws { try #require(CitySamples.cities("jawa-timur")) }
    }

    @Test func severalCitiesStartOnTheCitiesViewRankedByOverallScore() throws {
        let state = CitySamples.state(try province)
        #expect(state.route == .cities)
        #expect(rows(state) == ["surabaya", "malang", "banyuwangi", "sumenep"])
        let rows = CityRows(state)
        #expect(rows.order.map { rows.ranks[$0] } == [1, 2, 3, 4])
        let frame = Screen.render(state)
        #expect(frame.line(0).contains("4 cities compared › Jawa Timur"))
    }

    @Test func enterOpensTheSelectedCityAndEscComesBack() throws {
        var state = CitySamples.state(try province)
        press(.down, .enter, on: &state)
        #expect(state.route == .home)
        #expect(state.document.city.id == "malang")
        #expect(Screen.render(state).line(0).contains("Kota Malang"))
        press(.enter, on: &state)
        #expect(state.route == .dimension("governance"))
        press(.escape, .escape, on: &state)
        #expect(state.route == .cities)
        #expect(state.citiesTable.selectedID == "malang", "the city just visited stays selected")
    }

    @Test func sortCyclesThroughEveryColumnAndBackToTheRanking() throws {
        var state = CitySamples.state(try province)
        press(.character("s"), on: &state)
        #expect(rows(state) == ["banyuwangi", "sumenep", "malang", "surabaya"], "by name")
        let columns = CityRows(state).columns.count
        for _ in 1..<columns { press(.character("s"), on: &state) }
        #expect(state.citiesTable.sortColumn == columns - 1)
        press(.character("s"), on: &state)
        #expect(state.citiesTable.sortColumn == nil)
        #expect(rows(state) == ["surabaya", "malang", "banyuwangi", "sumenep"])
    }

    @Test func theSortHeaderIsMarkedAndTheSelectionFollowsTheCity() throws {
        var state = CitySamples.state(try province)
        press(.down, .down, on: &state)
        #expect(state.citiesTable.selectedID == "banyuwangi")
        press(.character("s"), on: &state)
        #expect(Screen.render(state).line(1).contains("City ▼"))
        #expect(CityRows(state).selectedRow(state.citiesTable) == 0, "Banyuwangi comes first by name, still selected")
    }

    @Test func newDataKeepsTheOpenCityAndAVanishedCityFallsBackToTheCitiesView() throws {
        let cities = try province
        var state = CitySamples.state(cities)
        state.openCity("malang")
        press(.enter, on: &state)
        _ = update(&state, .citiesChanged(cities.reversed(), state.sources))
        #expect(state.document.city.id == "malang")
        #expect(state.route == .dimension("governance"))
        _ = update(&state, .citiesChanged(cities.filter { $0.city.id != "malang" }, state.sources))
        #expect(state.route == .cities)
        #expect(state.document.city.id != "malang")
    }

    @Test func oneCityBehavesAsBefore() throws {
        var state = TestState.make()
        #expect(!state.hasSeveralCities)
        #expect(state.route == .home)
        press(.escape, on: &state)
        #expect(state.route == .home, "Esc on the only city's home stays there")
        _ = update(&state, .citiesChanged([TestState.fixture], state.sources))
        #expect(state.route == .home)
    }

    @Test func numberKeysOpenADimensionOfTheSelectedCity() throws {
        var state = CitySamples.state(try province)
        press(.down, .character("2"), on: &state)
        #expect(state.document.city.id == "malang")
        #expect(state.route == .dimension("living"))
    }

    @Test func cityAndViewOptionsOpenACityOrComplainWithTheValidIDs() throws {
        var state = CitySamples.state(try province)
        try state.open(city: "banyuwangi", view: "economy")
        #expect(state.document.city.id == "banyuwangi")
        #expect(state.route == .dimension("economy"))
        #expect(throws: RoutePath.Error.self) { try state.open(city: "atlantis", view: nil) }
        do {
            try state.open(city: "atlantis", view: nil)
        } catch {
            #expect(error.description.contains("surabaya"))
        }
        try state.open(city: nil, view: "home")
        #expect(state.route == .cities)
    }

    @Test func kioskShowsTheCitiesViewThenEachCitysHome() throws {
        var state = CitySamples.state(try province)
        #expect(state.kioskStops.map(\.cityID) == [nil, "sumenep", "surabaya", "malang", "banyuwangi"])
        state.startKiosk()
        var seen: [String] = []
        for _ in 0..<5 {
            state.now += state.kioskPlaylist.dwell
            _ = update(&state, .tick(state.now))
            seen.append(state.route == .cities ? "cities" : state.document.city.id)
            if state.route != .cities { #expect(state.route == .home) }
        }
        #expect(seen == ["sumenep", "surabaya", "malang", "banyuwangi", "cities"])
    }

    @Test func aClickSelectsACityAndADoubleClickOpensIt() throws {
        var state = CitySamples.state(try province)
        let frame = Screen.render(state)
        // Row 3 of the screen is the second city (title, header, first city).
        _ = update(&state, .input(.mouse(MouseEvent(column: 10, row: 3, kind: .press))), frame: frame)
        #expect(state.citiesTable.selectedID == "malang")
        _ = update(&state, .input(.mouse(MouseEvent(column: 10, row: 4, kind: .doubleClick))), frame: frame)
        #expect(state.document.city.id == "banyuwangi")
        #expect(state.route == .home)
    }

    @Test func tiedScoresShareARankAndCitiesWithoutAScoreHaveNone() throws {
        var cities = Array(try #require(CitySamples.cities("ikci-2018")).prefix(4))
        let leader = cities[0].index?.score ?? 0
        cities[1].index?.score = leader
        cities[3].index = nil
        let rows = CityRows(CitySamples.state(cities))
        #expect(rows.ranks == [1, 1, 3, nil])
        #expect(rows.ids.last == cities[3].city.id, "a city without a score comes last")
    }
}
