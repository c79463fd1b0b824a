import Testing
@testable import KotaCerdasCore

@Suite struct DocumentDecoderTests {
    @Test func decodesEveryFieldOfAValidDocument() throws {
        let result = try Fixture.decode(Fixture.document())
        #expect(result.problems.isEmpty)
        let document = try #require(result.document)
        #expect(document.city.name == "Kabupaten Sumenep")
        #expect(document.asOf?.text == "2026-10-31T17:00:00+07:00")
        let dimension = try #require(document.dimension(id: "governance"))
        #expect(dimension.name.text(in: .english) == "Smart Governance")
        #expect(dimension.areas.count == 3)
        let indicator = try #require(dimension.indicator(id: "gov-spbe"))
        #expect(indicator.value == 3.12)
        #expect(indicator.target == 3.5)
        #expect(indicator.baseline == 2.4)
        #expect(indicator.better == .higher)
        #expect(indicator.warn == 3.0)
        #expect(indicator.critical == 2.5)
        #expect(indicator.history.map(\.value) == [2.9, 3.0])
        let program = try #require(dimension.program(id: "gov-satu-data"))
        #expect(program.status == .onTrack)
        #expect(program.area == 2)
        #expect(program.budget == Budget(currency: "IDR", allocated: 4_500_000_000, spent: 2_100_000_000))
        #expect(program.indicatorIDs == ["gov-spbe"])
        #expect(program.milestones.first?.done == true)
        #expect(program.name.text(in: .indonesian) == "Satu Data")
    }

    @Test func aUnitIsATextInEitherForm() throws {
        let bilingual = Fixture.indicator.replacingOccurrences(
            of: "\"unit\": \"index\"", with: "\"unit\": { \"id\": \"indeks\", \"en\": \"index\" }")
        let document = try #require(try Fixture.decode(Fixture.document(indicator: bilingual)).document)
        let unit = try #require(document.dimensions.first?.indicators.first?.unit)
        #expect(unit.text(in: .indonesian) == "indeks")
        #expect(unit.text(in: .english) == "index")
        let broken = Fixture.indicator.replacingOccurrences(of: "\"unit\": \"index\"", with: "\"unit\": 5")
        #expect(try Fixture.problems(Fixture.document(indicator: broken)) == [
            "dimensions[0].indicators[0].unit: expected a string or an object of strings by language code, found 5",
        ])
    }

    @Test func aMissingLanguageFallsBackToTheOther() throws {
        let text = LocalizedText(byLanguage: ["id": "Kemiskinan"])
        #expect(text.text(in: .english) == "Kemiskinan")
        #expect(LocalizedText("Plain").text(in: .indonesian) == "Plain")
    }

    @Test func wrongTypeNamesThePlaceAndTheValue() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "\"value\": 3.12", with: "\"value\": \"tinggi\"")
        let problems = try Fixture.problems(Fixture.document(indicator: indicator))
        #expect(problems == [#"dimensions[0].indicators[0].value: expected a number, found "tinggi""#])
    }

    @Test func unknownStatusListsTheAllowedOnes() throws {
        let program = Fixture.program.replacingOccurrences(of: "on-track", with: "ongoing")
        let problems = try Fixture.problems(Fixture.document(program: program))
        #expect(problems == [#"dimensions[0].programs[0].status: unknown value "ongoing"; allowed: "planned", "on-track", "at-risk", "delayed", "completed", "cancelled""#])
    }

    @Test func listsEveryProblemNotJustTheFirst() throws {
        let indicator = #"{ "id": "gov-spbe", "value": [1], "better": "more", "updatedAt": "kemarin" }"#
        let program = #"{ "id": "gov-spbe", "name": 5, "status": "delayed", "progress": 1.4, "area": 9, "indicators": ["nope"], "start": "2026-01-01", "end": "2025-01-01" }"#
        let problems = try Fixture.problems(Fixture.document(indicator: indicator, program: program))
        #expect(problems == [
            "dimensions[0].indicators[0].name: required member is missing",
            "dimensions[0].indicators[0].value: expected a number, found an array",
            #"dimensions[0].indicators[0].better: unknown value "more"; allowed: "higher", "lower", "target""#,
            #"dimensions[0].indicators[0].updatedAt: expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+07:00), found "kemarin""#,
            "dimensions[0].programs[0].progress: must be between 0 and 1 (a fraction), found 1.4",
            "dimensions[0].programs[0].name: expected a string or an object of strings by language code, found 5",
            #"dimensions[0].programs[0].id: duplicate id "gov-spbe" (first used at dimensions[0].indicators[0])"#,
            #"dimensions[0].programs[0].area: area 9 does not exist; dimension "governance" has areas 1…3"#,
            #"dimensions[0].programs[0].indicators[0]: no indicator "nope" in dimension "governance""#,
            "dimensions[0].programs[0].end: 2025-01-01 is before the start 2026-01-01",
        ])
    }

    @Test func overspendingAndDisorderedHistoryAreWarningsNotErrors() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "2026-08", with: "2026-10")
        let program = Fixture.program.replacingOccurrences(of: "\"spent\": 2100000000", with: "\"spent\": 5000000000")
        let result = try Fixture.decode(Fixture.document(indicator: indicator, program: program))
        #expect(result.document != nil)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.description) == [
            "dimensions[0].indicators[0].history[1].at: warning: 2026-09 comes before the previous point 2026-10; history should be oldest first (it is sorted for display)",
            "dimensions[0].programs[0].budget.spent: warning: spent 5000000000 is more than allocated 4500000000",
        ])
    }

    @Test func duplicateDimensionIDsAreErrors() throws {
        let text = Fixture.document().replacingOccurrences(
            of: "\"dimensions\": [ {", with: "\"dimensions\": [ { \"id\": \"governance\", \"name\": \"Dup\" }, {")
        let problems = try Fixture.problems(text)
        #expect(problems == [#"dimensions[1].id: duplicate dimension id "governance""#])
    }

    @Test func refusesAnotherFormatVersion() throws {
        let text = Fixture.document().replacingOccurrences(of: "kotacerdas/v1", with: "kotacerdas/v2")
        #expect(try Fixture.problems(text) == [#"format: unsupported format "kotacerdas/v2"; this version reads "kotacerdas/v1""#])
    }

    @Test func warnsAboutUnknownMembersWhichAreUsuallyTypos() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "\"unit\"", with: "\"units\"")
        let result = try Fixture.decode(Fixture.document(indicator: indicator))
        #expect(result.document != nil)
        #expect(result.warnings.first?.location == "dimensions[0].indicators[0].units")
    }

    @Test func thresholdsOnTheWrongSideAreFlagged() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "\"critical\": 2.5", with: "\"critical\": 3.2")
        let result = try Fixture.decode(Fixture.document(indicator: indicator))
        #expect(result.warnings.map(\.location) == ["dimensions[0].indicators[0].critical"])
    }

    @Test func aPartialDocumentNeedsOnlyIDsAndCorrectTypes() throws {
        let partial = #"{"format":"kotacerdas/v1","partial":true,"dimensions":[{"id":"governance","indicators":[{"id":"gov-spbe","value":3.3}]}]}"#
        let result = try Fixture.decode(partial)
        #expect(result.isPartial)
        #expect(result.problems.isEmpty)
        let broken = partial.replacingOccurrences(of: "3.3", with: "\"3,3\"")
        #expect(try Fixture.problems(broken) == [#"dimensions[0].indicators[0].value: expected a number, found "3,3""#])
    }

    @Test func aPartialDocumentStillNeedsEveryIDOnceEach() throws {
        let partial = #"{"format":"kotacerdas/v1","partial":true,"dimensions":["#
            + #"{"indicators":[{"value":1}]},{"id":"governance","indicators":[{"id":7}],"programs":[{"progress":0.5}]}]}"#
        #expect(try Fixture.problems(partial) == [
            "dimensions[0].id: required member is missing",
            "dimensions[1].indicators[0].id: expected a string, found 7",
            "dimensions[1].programs[0].id: required member is missing",
        ])
    }

    @Test func aDocumentThatIsNotAnObjectSaysSo() throws {
        #expect(try Fixture.problems("[1, 2]") == ["(document): expected an object, found an array"])
    }
}


@Suite struct ControlCharacterTests {
    static let osc = #"\u001b]0;pwned\u0007"#
    static let csi = #"\u001b[2J"#
    static let bidi = #"\u202eevil\u2066"#

    @Test func messagesNeverCarryTerminalEscapesFromTheData() throws {
        let indicator = Fixture.indicator
            .replacingOccurrences(of: "\"value\": 3.12", with: "\"value\": \"\(Self.osc)\"")
            .replacingOccurrences(of: "\"higher\"", with: "\"\(Self.bidi)\"")
            .replacingOccurrences(of: "\"unit\"", with: "\"\(Self.csi)\": 1, \"unit\"")
        let problems = try Fixture.problems(Fixture.document(indicator: indicator))
        #expect(problems.contains(#"dimensions[0].indicators[0].value: expected a number, found "\u{1B}]0;pwned\u{7}""#))
        #expect(problems.contains { $0.hasPrefix(#"dimensions[0].indicators[0].better: unknown value "\u{202E}evil\u{2066}""#) })
        #expect(problems.contains { $0.hasPrefix(#"dimensions[0].indicators[0].\u{1B}[2J: warning: unknown member"#) })
        #expect(problems.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x202A...0x202E).contains($0.value) } })
    }

    @Test func escapingIsIdempotentAndLeavesOrdinaryTextAlone() {
        let once = ControlCharacters.escaped("a\u{1B}b\u{9B}c\u{7F}\u{061C}\n")
        #expect(once == #"a\u{1B}b\u{9B}c\u{7F}\u{61C}\u{A}"#)
        #expect(ControlCharacters.escaped(once) == once)
        #expect(ControlCharacters.escaped("Kabupaten Sumenep — 3,12 ✓") == "Kabupaten Sumenep — 3,12 ✓")
    }

    @Test func decodingTheSameJSONTwiceReportsTheSameProblems() throws {
        let typo = Fixture.indicator.replacingOccurrences(of: "\"target\"", with: "\"traget\"")
        let json = try JSONParser.parse(Fixture.document(indicator: typo))
        let first = DocumentDecoder.decode(json)
        let second = DocumentDecoder.decode(json)
        #expect(first.problems.map(\.description).contains { $0.contains("traget") })
        #expect(second.problems == first.problems)
        #expect(second.document == first.document)
    }
}
