@testable import KotaCerdasUI
import KotaCerdasCore
import Testing

/// Ranking over a whole document: tiers first, then shorter names, then kind.
@Suite struct PaletteIndexTests {
    private static let document = CityDocument(
        city: City(id: "uji", name: "Kota Uji"),
        dimensions: [
            Dimension(id: "economy", name: LocalizedText(byLanguage: ["id": "Ekonomi Cerdas", "en": "Smart Economy"]),
                      indicators: [
                        Indicator(id: "eco-poverty-rate", name: LocalizedText(byLanguage: ["id": "Persentase penduduk miskin", "en": "Poverty rate"])),
                        Indicator(id: "eco-pad", name: LocalizedText(byLanguage: ["id": "Pendapatan asli daerah", "en": "Own-source revenue"])),
                      ],
                      programs: [
                        Program(id: "eco-graduasi", name: LocalizedText(byLanguage: ["id": "Graduasi Keluarga Miskin", "en": "Poverty graduation"]), status: .onTrack),
                        Program(id: "eco-ekonomi-kreatif", name: LocalizedText("Inkubator Ekonomi Kreatif"), status: .planned),
                      ]),
            Dimension(id: "environment", name: LocalizedText(byLanguage: ["id": "Lingkungan Cerdas", "en": "Smart Environment"])),
        ])

    private func names(_ query: String, limit: Int = 10) -> [String] {
        let index = PaletteIndex(Self.document)
        return index.search(FuzzyQuery(query), limit: limit).hits.map { hit in
            switch index.route(of: hit.entity, in: Self.document) {
            case .dimension(let id), .indicator(_, let id), .program(_, let id): id
            default: "?"
            }
        }
    }

    @Test func eitherLanguageAndTheIdFindAnEntity() {
        #expect(names("poverty rate").first == "eco-poverty-rate")
        #expect(names("penduduk").first == "eco-poverty-rate")
        #expect(names("eco-pad") == ["eco-pad"])
    }

    @Test func aPrefixBeatsAWordStartAndAShorterNameWinsTies() {
        // "Ekonomi Cerdas" (prefix) before "Inkubator Ekonomi Kreatif" (word start).
        #expect(names("ekonomi") == ["economy", "eco-ekonomi-kreatif"])
        // Both start with "poverty"; "Poverty rate" is shorter.
        #expect(names("poverty") == ["eco-poverty-rate", "eco-graduasi"])
    }

    @Test func onEqualTextsADimensionComesBeforeAnIndicator() {
        let index = PaletteIndex(Self.document)
        let hits = index.search(FuzzyQuery("cerdas"), limit: 10).hits
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { index.entities[$0.entity].kind == .dimension })
    }

    @Test func anEmptyQueryListsTheDimensionsAndALimitKeepsTheBest() {
        #expect(names("") == ["economy", "environment"])
        let search = PaletteIndex(Self.document).search(FuzzyQuery("e"), limit: 2)
        #expect(search.hits.count == 2)
        #expect(search.total == 6, "every entity has an e; the total counts them all")
    }

    @Test func theIndexIsBuiltOncePerDocument() {
        let first = PaletteIndex.of(Self.document)
        #expect(PaletteIndex.of(Self.document) === first)
        var changed = Self.document
        changed.dimensions[0].indicators[0].name = LocalizedText("Angka kemiskinan")
        let rebuilt = PaletteIndex.of(changed)
        #expect(rebuilt !== first)
        #expect(rebuilt.search(FuzzyQuery("angka"), limit: 5).total == 1)
    }
}
