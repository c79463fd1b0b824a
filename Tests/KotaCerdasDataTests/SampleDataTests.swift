import Foundation
import Testing
@testable import KotaCerdasCore
import KotaCerdasData

/// The bundled samples are what every newcomer sees first: they must be valid and as
/// complete as the product promises.
@Suite struct SampleDataTests {
    private func load(_ name: String) throws -> (document: CityDocument, problems: [Problem]) {
        let path = try #require(BundledSamples.path(of: name), "sample \(name) is not bundled")
        let result = DocumentDecoder.decode(bytes: try FileReader.read(path: path))
        let document = try #require(result.document, "\(result.problems)")
        return (document, result.problems)
    }

    @Test func everySampleIsBundled() {
        #expect(BundledSamples.names == ["bandung", "ikci-2018", "jawa-timur", "sumenep"])
    }

    @Test(arguments: ["sumenep", "bandung"])
    func sampleValidatesWithoutErrorsOrWarnings(_ name: String) throws {
        let sample = try load(name)
        #expect(sample.problems.isEmpty, "\(sample.problems)")
    }

    @Test func sumenepFollowsKemendagrisSixDimensions() throws {
        let document = try load("sumenep").document
        #expect(document.dimensions.map(\.id) == ["governance", "living", "environment", "society", "economy", "mobility"])
        #expect(document.dimensions.map(\.areas.count) == [6, 9, 9, 12, 8, 6])
    }

    @Test func everyProgrammeAreaHasAProgramme() throws {
        for dimension in try load("sumenep").document.dimensions {
            let covered = Set(dimension.programs.compactMap(\.area))
            #expect(covered == Set(1...dimension.areas.count), "\(dimension.id) misses areas")
        }
    }

    @Test func sumenepHasRichIndicatorsAndEveryProgrammeStatus() throws {
        let document = try load("sumenep").document
        for dimension in document.dimensions {
            // At least eight monthly series of two years each; official yearly BPS series
            // (IPM, poverty) come on top, with the points BPS published.
            let monthly = dimension.indicators.filter { $0.history.first?.at.precision == .month }
            #expect(monthly.filter { $0.history.count >= 24 }.count >= 8, "\(dimension.id)")
            #expect(monthly.allSatisfy { $0.history.count >= 24 }, "\(dimension.id)")
            #expect(dimension.indicators.allSatisfy { $0.name.byLanguage.keys.sorted() == ["en", "id"] })
        }
        let statuses = Set(document.dimensions.flatMap(\.programs).map(\.status))
        #expect(statuses == Set(ProgramStatus.allCases))
    }

    @Test func sumenepUsesTheRealBPSFigures() throws {
        let indicators = try load("sumenep").document.dimensions.flatMap(\.indicators)
        let ipm = try #require(indicators.first { $0.history.contains { $0.value == 69.78 } })
        #expect(ipm.source?.contains("BPS") == true)
        let poverty = try #require(indicators.first { $0.value == 17.78 })
        #expect(poverty.better == .lower)
    }

    @Test func bandungUsesKominfosPillarsWithBranding() throws {
        let document = try load("bandung").document
        #expect(document.dimensions.map(\.id).contains("branding"))
        #expect(!document.dimensions.map(\.id).contains("mobility"))
    }
}
