import Foundation
import Testing
import KotaCerdasCore
import KotaCerdasData

/// The multi-city samples: the Jawa Timur province and the IKCI 2018 national ranking.
@Suite struct CitySampleTests {
    private func cities(_ name: String) throws -> [CityDocument] {
        let paths = try #require(BundledSamples.paths(of: name), "sample \(name) is not bundled")
        return try paths.flatMap { path in
            let result = CityCollection.decode(bytes: try FileReader.read(path: path))
            #expect(result.problems.isEmpty, "\(path): \(result.problems)")
            return try #require(result.documents)
        }
    }

    @Test func jawaTimurIsSumenepAndThreeMoreOfTheProvince() throws {
        let cities = try cities("jawa-timur")
        #expect(cities.map(\.city.id) == ["sumenep", "surabaya", "malang", "banyuwangi"])
        #expect(cities.allSatisfy { $0.city.province == "Jawa Timur" })
        #expect(cities.allSatisfy { $0.dimensions.map(\.id) == cities[0].dimensions.map(\.id) })
    }

    @Test func theInventedCitiesSayTheirValuesAreIllustrative() throws {
        for city in try cities("jawa-timur").dropFirst() {
            #expect(city.note?.text(in: .english).contains("Illustrative") == true, "\(city.city.id)")
            #expect(city.note?.text(in: .indonesian).contains("ilustratif") == true, "\(city.city.id)")
            let indicators = city.dimensions.flatMap(\.indicators)
            #expect(!indicators.isEmpty && indicators.allSatisfy { $0.source == "illustrative" }, "\(city.city.id)")
        }
    }

    /// The ranking sample is the copied IKCI 2018 table, row by row: score, rank within
    /// the category, category and the article it was published in.
    @Test func ikciMatchesTheTableItWasBuiltFrom() throws {
        let table = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../sample-data/ikci-2018-scores.csv")
        let lines = try String(contentsOf: table, encoding: .utf8).split(separator: "\n").dropFirst()
        let cities = try cities("ikci-2018")
        #expect(cities.count == lines.count)
        for (line, city) in zip(lines, cities) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let index = try #require(city.index, "\(city.city.id)")
            #expect(city.city.name == "Kota " + fields[0])
            #expect(index.category?.text(in: .indonesian) == fields[1])
            #expect(index.rank == Int(fields[2]))
            #expect(index.score == Double(fields[3]))
            #expect(index.source == fields[4])
            #expect(city.dimensions.isEmpty, "the ranking carries only the index score")
            #expect(city.note?.text(in: .english).contains("without indicators") == true)
        }
    }
}
