@testable import KotaCerdasUI
import Testing

/// The palette's matching: folded both ways, four tiers, implausible scatter refused.
@Suite struct FuzzyQueryTests {
    private func match(_ query: String, _ text: String) -> FuzzyQuery.Match? {
        FoldedText(text).bytes.withUnsafeBufferPointer { FuzzyQuery(query).match($0) }
    }

    @Test func tiersFromPrefixToScattered() {
        #expect(match("kemis", "Kemiskinan ekstrem")?.tier == .prefix)
        #expect(match("miskin", "Angka miskin")?.tier == .wordStart)
        #expect(match("iskin", "Kemiskinan")?.tier == .contiguous)
        #expect(match("aps", "Angka Partisipasi Sekolah") == FuzzyQuery.Match(tier: .scattered, runs: 3))
        #expect(match("xyz", "Angka Partisipasi Sekolah") == nil)
    }

    @Test func caseAndAccentsAreIgnoredOnBothSides() {
        #expect(match("CAFE", "Café Rakyat")?.tier == .prefix)
        #expect(match("café", "CAFE RAKYAT")?.tier == .prefix)
        #expect(match("SUMENEP", "kabupaten sumenep")?.tier == .wordStart)
    }

    @Test func aSpaceMatchesAnySeparatorAndExtraSpacesDoNotCount() {
        #expect(match("poverty rate", "eco-poverty-rate")?.tier == .wordStart)
        #expect(match("  air   bersih ", "Akses air bersih")?.tier == .wordStart)
        #expect(FuzzyQuery("   ").isEmpty)
    }

    @Test func lettersFromTheMiddlesOfManyWordsAreNoMatch() {
        // m…i…s…k…i…n picked one letter here and there from a long name.
        #expect(match("miskin", "Modernising the job-training centre and tracking outcomes") == nil)
        #expect(match("pkm", "Puskesmas Kecamatan Manding") != nil, "initials are a match")
    }

    @Test func matchedOffsetsMarkTheTightestRun() {
        #expect(FuzzyQuery("abc").matchedOffsets(in: FoldedText("a-x-abc").bytes) == [4, 5, 6])
        #expect(FuzzyQuery("air b").matchedOffsets(in: FoldedText("Akses air bersih").bytes) == [6, 7, 8, 10])
        #expect(FuzzyQuery("zz").matchedOffsets(in: FoldedText("Akses").bytes).isEmpty)
    }

    @Test func foldedBytesKnowTheirCharacters() {
        let folded = FoldedText("Pé-1")
        #expect(folded.bytes == Array("pe-1".utf8))
        #expect((0..<4).map(folded.character(ofByte:)) == [0, 1, 2, 3])
    }
}
