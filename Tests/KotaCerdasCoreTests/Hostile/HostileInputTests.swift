import Foundation
import Testing
@testable import KotaCerdasCore

/// Data files that are broken or malicious on purpose. Each must end in a document or
/// in problems a person can act on, never in a crash, a hang or a message that carries
/// a terminal control. What the screens make of the documents that do decode is in
/// `KotaCerdasUITests/Hostile`; the rules are in docs/data-format.md, "Hostile input".
@Suite struct HostileInputTests {
    private func decode(_ text: String) -> DocumentDecoder.Result {
        DocumentDecoder.decode(bytes: Array(text.utf8))
    }

    private func messages(_ result: DocumentDecoder.Result) -> [String] {
        result.problems.map(\.description)
    }

    /// `line L, column C` of the first `needle` in `text`, as an editor counts them.
    private func position(of needle: String, in text: String) -> String {
        let before = text[..<text.range(of: needle)!.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return "line \(lines.count), column \(lines.last!.count + 1)"
    }

    // MARK: Numbers

    @Test(arguments: ["1e400", "-1e400", "1E+309"])
    func aNumberBeyondDoubleIsASyntaxErrorNamingIt(_ number: String) {
        let text = Fixture.document(indicator: Fixture.indicator.replacingOccurrences(of: "3.12", with: number))
        let result = decode(text)
        #expect(result.document == nil)
        #expect(messages(result) == ["\(position(of: number, in: text)): the number \(number) is out of range"])
    }

    @Test(arguments: ["\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"-0\""])
    func numbersWrittenAsStringsAreRefusedByName(_ text: String) {
        let result = decode(Fixture.document(indicator: Fixture.indicator.replacingOccurrences(of: "3.12", with: text)))
        #expect(result.document == nil)
        #expect(messages(result) == ["dimensions[0].indicators[0].value: expected a number, found \(text)"])
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity", "+1", ".5", "0x10"])
    func bareNonJSONNumbersAreSyntaxErrors(_ number: String) {
        let text = Fixture.document(indicator: Fixture.indicator.replacingOccurrences(of: "3.12", with: number))
        let result = decode(text)
        #expect(result.document == nil)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.location.hasPrefix(position(of: number, in: text).prefix(while: { $0 != "," }) + ",") == true,
                "\(messages(result))")
    }

    @Test func negativeZeroDecodesAsZero() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "3.12", with: "-0")
            .replacingOccurrences(of: "\"baseline\": 2.4", with: "\"baseline\": -0.0")
        let document = try #require(decode(Fixture.document(indicator: indicator)).document)
        let decoded = document.dimensions[0].indicators[0]
        #expect(decoded.value == 0)
        #expect(decoded.baseline == 0)
        #expect(JSONWriter.format(decoded.value ?? 1) == "0", "written back without a sign")
    }

    @Test func theLargestDoublesDecodeUnchanged() throws {
        let indicator = Fixture.indicator.replacingOccurrences(of: "3.12", with: "1.7976931348623157e308")
            .replacingOccurrences(of: "\"target\": 3.5", with: "\"target\": -1.7976931348623157e308")
        let document = try #require(decode(Fixture.document(indicator: indicator)).document)
        #expect(document.dimensions[0].indicators[0].value == .greatestFiniteMagnitude)
        #expect(document.dimensions[0].indicators[0].target == -.greatestFiniteMagnitude)
    }

    // MARK: Text

    @Test func controlCharactersInTextAreKeptInTheDocumentButEscapedInMessages() throws {
        let attack = #"\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e"#
        let indicator = Fixture.indicator
            .replacingOccurrences(of: #""id": "gov-spbe""#, with: #""id": "gov-\#(attack)""#)
            .replacingOccurrences(of: "\"better\": \"higher\"", with: "\"better\": \"\(attack)\"")
        let result = decode(Fixture.document(indicator: indicator, program: "", extraRoot: #" "x\#(attack)": 1,"#))
        #expect(result.document == nil, "an unknown `better` is an error")
        let text = messages(result).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(text.contains(#"unknown value "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m\u{202E}""#), "shown escaped, readable")
        #expect(text.contains(#"x\u{1B}]0;pwned"#), "an unknown member's name is escaped too")
    }

    @Test func aTenThousandCharacterNameIsKeptWhole() throws {
        let name = String(repeating: "Indeks ", count: 1_429) + "SPBE"
        #expect(name.count > 10_000)
        let indicator = Fixture.indicator.replacingOccurrences(of: #"{ "id": "Indeks SPBE", "en": "SPBE index" }"#, with: "\"\(name)\"")
        let document = try #require(decode(Fixture.document(indicator: indicator)).document)
        #expect(document.dimensions[0].indicators[0].name.text(in: .english) == name)
    }

    @Test func aLongWrongValueIsShortenedInItsMessage() {
        let long = String(repeating: "x", count: 10_000)
        let result = decode(Fixture.document(indicator: Fixture.indicator.replacingOccurrences(of: "3.12", with: "\"\(long)\"")))
        let message = messages(result).first ?? ""
        #expect(message == "dimensions[0].indicators[0].value: expected a number, found \"\(String(repeating: "x", count: 40))…\"")
    }

    // MARK: Bytes

    @Test(arguments: [
        ([0xFF], "invalid UTF-8 in a string"),                   // never valid
        ([0xC0, 0x80], "invalid UTF-8 in a string"),             // overlong NUL
        ([0xED, 0xA0, 0x80], "invalid UTF-8 in a string"),       // a surrogate encoded in UTF-8
        ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 in a string"), // beyond U+10FFFF
        ([0xE2, 0x82], "invalid UTF-8 in a string"),             // cut in the middle of €
    ] as [([UInt8], String)])
    func invalidUTF8InAStringIsOneSyntaxError(bytes: [UInt8], message: String) {
        let text = Fixture.document()
        let cut = text.range(of: "Kabupaten")!.upperBound
        let data = Array(text[..<cut].utf8) + bytes + Array(text[cut...].utf8)
        let result = DocumentDecoder.decode(bytes: data)
        #expect(result.document == nil)
        #expect(result.errors.map(\.message) == [message])
        let line = position(of: "Kabupaten", in: text).prefix(while: { $0 != "," })
        #expect(result.errors.first?.location.hasPrefix(line + ",") == true, "\(messages(result))")
    }

    @Test func invalidUTF8OutsideAStringIsNamedAsBytes() {
        let result = DocumentDecoder.decode(bytes: Array("{ \"format\": ".utf8) + [0xFE, 0xFF])
        #expect(messages(result) == [#"line 1, column 13: unexpected '\xFE', expected a value"#])
    }

    @Test(arguments: [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#])
    func loneSurrogateEscapesAreRefused(_ escape: String) {
        let result = decode(Fixture.document().replacingOccurrences(of: "Kabupaten", with: escape))
        #expect(result.document == nil)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("surrogate") == true)
    }

    @Test func anEmptyFileSaysSo() {
        #expect(messages(DocumentDecoder.decode(bytes: [])) == ["line 1, column 1: unexpected end of input, expected a value"])
        #expect(messages(DocumentDecoder.decode(bytes: Array("  \n ".utf8))) == ["line 2, column 2: unexpected end of input, expected a value"])
    }

    /// A file cut anywhere (a half-finished upload, a full disk) is one syntax error at
    /// the end of what arrived, never a document made of the first half.
    @Test func aTruncatedFileIsOneSyntaxErrorAtItsEnd() throws {
        let whole = Array(Fixture.document().utf8)
        for length in stride(from: 1, to: whole.count - 1, by: 7) {
            let cut = Array(whole[..<length])
            let result = DocumentDecoder.decode(bytes: cut)
            #expect(result.document == nil, "cut at \(length)")
            #expect(result.problems.count == 1, "cut at \(length): \(messages(result))")
            let lines = cut.split(separator: 0x0A, omittingEmptySubsequences: false).count
            let reported = try #require(result.problems.first?.location)
            #expect(reported.hasPrefix("line \(lines), column ") || reported.hasPrefix("line \(lines - 1), column "),
                    "cut at \(length) of \(lines) lines: \(reported)")
        }
    }

    @Test func aTruncatedSampleNamesTheEndOfInput() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-data/sumenep.json")
        let bytes = try #require(FileManager.default.contents(atPath: sample.path).map { [UInt8]($0) })
        for fraction in [0.1, 0.5, 0.999] {
            let cut = Array(bytes[..<Int(Double(bytes.count) * fraction)])
            let result = DocumentDecoder.decode(bytes: cut)
            #expect(result.document == nil)
            #expect(result.problems.count == 1)
            #expect(result.problems.first.map { $0.message.contains("end of input") || $0.message.contains("never closed") } == true,
                    "\(messages(result))")
        }
    }

    // MARK: Structure

    @Test func nestingPastTheLimitIsRefusedWithoutExhaustingTheStack() {
        for opener in ["[", "{\"a\":"] {
            let text = String(repeating: opener, count: 100_000)
            let result = decode(text)
            #expect(result.document == nil)
            #expect(result.errors.map(\.message) == ["nesting deeper than 256 levels"])
        }
    }

    @Test func deepNestingInAnUnknownMemberIsOnlyAWarning() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let result = decode(Fixture.document(extraRoot: " \"extra\": \(deep),"))
        #expect(result.document != nil)
        #expect(messages(result).count == 1)
        #expect(messages(result).first?.hasPrefix("extra: warning: unknown member, ignored") == true)
    }

    @Test func emptyArraysEverywhereAreAValidDocument() throws {
        let text = """
            { "format": "kotacerdas/v1", "city": { "id": "kota", "name": "Kota" },
              "dimensions": [ { "id": "gov", "name": "Tata Kelola", "areas": [], "indicators": [
                  { "id": "i", "name": "I", "better": "higher", "history": [] } ],
                "programs": [ { "id": "p", "name": "P", "status": "planned", "indicators": [], "milestones": [] } ] },
                { "id": "empty", "name": "Kosong", "areas": [], "indicators": [], "programs": [] } ] }
            """
        let result = decode(text)
        #expect(result.problems.isEmpty, "\(messages(result))")
        let document = try #require(result.document)
        #expect(document.dimensions[1].indicators.isEmpty)
        #expect(decode(#"{ "format": "kotacerdas/v1", "city": { "id": "k", "name": "K" }, "dimensions": [] }"#).document?.dimensions == [])
    }

    @Test func duplicateIdsAreErrorsNamingBothPlaces() {
        let twice = Fixture.indicator + ", " + Fixture.indicator
        let program = Fixture.program + ", " + Fixture.program.replacingOccurrences(of: "gov-satu-data", with: "gov-spbe")
        let text = Fixture.document(indicator: twice, program: program)
            .replacingOccurrences(of: "} ]\n}", with: "}, { \"id\": \"governance\", \"name\": \"Lagi\" } ]\n}")
        let result = decode(text)
        #expect(result.document == nil)
        #expect(result.errors.map(\.description) == [
            #"dimensions[0].indicators[1].id: duplicate id "gov-spbe" (first used at dimensions[0].indicators[0])"#,
            #"dimensions[0].programs[1].id: duplicate id "gov-spbe" (first used at dimensions[0].indicators[0])"#,
            #"dimensions[1].id: duplicate dimension id "governance""#,
        ])
    }

    // MARK: Dates

    @Test func datesInTheYearsOneAndNineThousandNineHundredNinetyNineDecode() throws {
        let indicator = Fixture.indicator
            .replacingOccurrences(of: #""at": "2026-08""#, with: #""at": "0001-01-01""#)
            .replacingOccurrences(of: #""at": "2026-09""#, with: #""at": "9999-12-31T23:59:59-12:00""#)
        let program = Fixture.program
            .replacingOccurrences(of: "2025-01-01", with: "0001")
            .replacingOccurrences(of: "2026-12-31", with: "9999-12")
        let text = Fixture.document(indicator: indicator, program: program)
            .replacingOccurrences(of: "2026-10-31T17:00:00+07:00", with: "0001-01-01T00:00:00+14:00")
        let result = decode(text)
        #expect(result.problems.isEmpty, "\(messages(result))")
        let document = try #require(result.document)
        let history = document.dimensions[0].indicators[0].history
        #expect(history.map(\.at.year) == [1, 9999])
        #expect(history[1].at.instant.timeIntervalSince1970 == 253_402_344_000 - 1, "9999-12-31T23:59:59-12:00 is 10000-01-01T11:59:59Z")
        let asOf = try #require(document.asOf?.instant.timeIntervalSince1970)
        #expect(abs(asOf - (-62_135_596_800 - 14 * 3_600)) < 0.001, "0001-01-01T00:00:00+14:00 is 14 h before 0001-01-01Z")
        #expect(document.dimensions[0].programs[0].start?.year == 1)
    }

    @Test(arguments: ["10000-01-01", "-0001-01-01", "2026-02-29", "2026-13", "2026-10-31T24:00:00Z", "2026-10-31T17:00:00+25:00", "0001-01-01T00:00:00"])
    func datesOutsideTheFormatAreErrorsQuotingThem(_ date: String) {
        let result = decode(Fixture.document().replacingOccurrences(of: "2026-10-31T17:00:00+07:00\",\n  \"dimensions", with: "\(date)\",\n  \"dimensions"))
        #expect(result.document == nil)
        #expect(messages(result).contains { $0.hasPrefix("asOf: expected an ISO 8601 date") && $0.hasSuffix("found \"\(date)\"") },
                "\(messages(result))")
    }

    @Test func historyInReverseOrderIsAWarningAndTheDocumentIsKept() throws {
        let indicator = Fixture.indicator.replacingOccurrences(
            of: #"[ { "at": "2026-08", "value": 2.9 }, { "at": "2026-09", "value": 3.0 } ]"#,
            with: #"[ { "at": "2026-10", "value": 3.1 }, { "at": "2026-09", "value": 3.0 }, { "at": "2026-08", "value": 2.9 } ]"#)
        let result = decode(Fixture.document(indicator: indicator))
        #expect(result.document != nil)
        #expect(messages(result) == [
            "dimensions[0].indicators[0].history[1].at: warning: 2026-09 comes before the previous point 2026-10; history should be oldest first (it is sorted for display)",
            "dimensions[0].indicators[0].history[2].at: warning: 2026-08 comes before the previous point 2026-09; history should be oldest first (it is sorted for display)",
        ])
    }
}

@Suite struct HostileWeightTests {
    private func score(weight: String) throws -> Double? {
        let second = Fixture.indicator.replacingOccurrences(of: "gov-spbe", with: "gov-two")
            .replacingOccurrences(of: "3.12", with: "1.75")
        let indicators = [Fixture.indicator, second].map {
            $0.replacingOccurrences(of: "\"better\": \"higher\"", with: "\"better\": \"higher\", \"weight\": \(weight)")
        }
        let document = try #require(DocumentDecoder.decode(bytes: Array(Fixture.document(
            indicator: indicators.joined(separator: ", "), program: "").utf8)).document)
        return DimensionSummary(document.dimensions[0]).score
    }

    /// Two weights near the largest double add up to infinity; the score must not
    /// collapse to 0 because of it.
    @Test func hugeEqualWeightsScoreLikeEqualWeights() throws {
        let ordinary = try #require(try score(weight: "1"))
        #expect(abs(ordinary - (3.12 / 3.5 + 0.5) / 2) < 1e-9)
        #expect(try score(weight: "1e308") == ordinary)
        #expect(try score(weight: "1.7976931348623157e308") == ordinary)
        #expect(try score(weight: "5e-324") == ordinary)
    }
}
