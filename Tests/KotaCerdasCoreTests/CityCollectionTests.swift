import Testing
@testable import KotaCerdasCore

/// Several cities in one document, and a city's published index score.
@Suite struct CityCollectionTests {
    static func city(_ id: String, extra: String = "") -> String {
        """
        {"format":"kotacerdas/v1","city":{"id":"\(id)","name":"Kota \(id)"}\(extra),"dimensions":[]}
        """
    }

    private func decode(_ text: String) throws -> CityCollection.Result {
        CityCollection.decode(try JSONParser.parse(Array(text.utf8)))
    }

    @Test func aCollectionDecodesEveryCityInOrder() throws {
        let result = try decode(#"{"format":"kotacerdas/v1","cities":[\#(Self.city("b")),\#(Self.city("a"))]}"#)
        #expect(result.documents?.map(\.city.id) == ["b", "a"])
        #expect(result.problems.isEmpty)
    }

    @Test func aSingleDocumentIsACollectionOfOne() throws {
        let result = try decode(Self.city("sumenep"))
        #expect(result.documents?.map(\.city.id) == ["sumenep"])
    }

    @Test func problemsArePlacedUnderTheirCity() throws {
        let result = try decode(#"{"format":"kotacerdas/v1","cities":[\#(Self.city("a")),{"format":"kotacerdas/v1","city":{"id":"b"},"dimensions":[]}]}"#)
        #expect(result.documents == nil)
        #expect(result.errors.map(\.description) == ["cities[1].city.name: required member is missing"])
    }

    @Test(arguments: [#"{"format":"kotacerdas/v1","cities":[]}"#, #"{"format":"kotacerdas/v1","cities":{}}"#])
    func anEmptyOrMisshapenCollectionIsAnError(_ text: String) throws {
        let result = try decode(text)
        #expect(result.documents == nil)
        #expect(result.errors.first?.description.hasPrefix("cities: expected a non-empty array") == true)
    }

    @Test func aCityTwiceIsAnError() throws {
        let result = try decode(#"{"format":"kotacerdas/v1","cities":[\#(Self.city("a")),\#(Self.city("a"))]}"#)
        #expect(result.documents == nil)
        #expect(result.errors.map(\.description) == ["cities[1].city.id: city \"a\" appears twice"])
    }

    @Test func anIndexScoreIsRead() throws {
        let extra = #","index":{"name":"IKCI 2018","score":67.03,"rank":1,"category":"kota metropolitan","source":"https://example.org"},"note":"ilustratif""#
        let document = try #require(try decode(Self.city("surabaya", extra: extra)).documents?.first)
        let index = try #require(document.index)
        #expect(index.score == 67.03 && index.scale == 100 && index.rank == 1)
        #expect(index.category?.text(in: .english) == "kota metropolitan")
        #expect(document.note?.text(in: .indonesian) == "ilustratif")
        #expect(CitySummary(document).overall == 0.6703)
        #expect(CitySummary(document).overallIsIndex)
    }

    @Test(arguments: [#"{"name":"X","score":"high"}"#, #"{"score":3}"#, #"{"name":"X","score":3,"scale":0}"#])
    func aBrokenIndexIsAnError(_ index: String) throws {
        let result = try decode(Self.city("a", extra: #","index":\#(index)"#))
        #expect(result.documents == nil)
        #expect(result.errors.first?.location.hasPrefix("index") == true, "\(result.problems)")
    }

    @Test func theOverallScoreWithoutAnIndexIsTheMeanOfTheDimensionScores() throws {
        let text = """
            {"format":"kotacerdas/v1","city":{"id":"a","name":"A"},"dimensions":[
              {"id":"d1","name":"D1","indicators":[{"id":"i1","name":"I1","unit":"%","value":50,"target":100,"better":"higher"}]},
              {"id":"d2","name":"D2","indicators":[{"id":"i2","name":"I2","unit":"%","value":100,"target":100,"better":"higher"}]}]}
            """
        let document = try #require(try decode(text).documents?.first)
        let summary = CitySummary(document)
        #expect(summary.dimensionScores == ["d1": 0.5, "d2": 1])
        #expect(summary.overall == 0.75)
        #expect(!summary.overallIsIndex)
    }
}
