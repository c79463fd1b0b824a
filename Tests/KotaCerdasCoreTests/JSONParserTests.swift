import Testing
@testable import KotaCerdasCore

@Suite struct JSONParserTests {
    @Test func keepsMemberOrderAndTypes() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": [true, null, "x"], "m": -2.5e1}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .null, .string("x")]))
        #expect(value["m"] == .number(-25))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""a\"b\\c\n\u00e9\ud83d\ude80""#)
        #expect(value == .string("a\"b\\c\né🚀"))
    }

    @Test(arguments: [
        (#"{"a": [1, 2,}"#, 1, 13, "unexpected '}', expected a value"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "unexpected '\"', expected ',' or '}' in an object"),
        (#"{"a": tru}"#, 1, 10, "unexpected '}', expected 'true'"),
        (#"[01]"#, 1, 3, "a number may not start with 0 followed by more digits"),
        (#"{"a": "open"#, 1, 7, "a string that is never closed"),
        (#"{"a": 1} x"#, 1, 10, "unexpected 'x' after the end of the JSON value"),
        ("", 1, 1, "unexpected end of input, expected a value"),
        (#"{"kota": "Sumenép", "x": ?}"#, 1, 26, "unexpected '?', expected a value"),
        ("\"tab\there\"", 1, 5, "control character U+0009 in a string; write it as an escape such as \\n"),
        (#""\ud800""#, 1, 8, "a lone UTF-16 high surrogate \\uD800"),
    ])
    func reportsLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONSyntaxError(line: line, column: column, message: message)) {
            try JSONParser.parse(text)
        }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func refusesHostileNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTripsWithControlCharactersEscaped() throws {
        let original = try JSONParser.parse(#"{"name": "a\u001b[31mb", "n": [1, 2.5, -3], "t": {"id": "x"}}"#)
        let compact = JSONWriter.write(original)
        #expect(!compact.contains("\u{1B}"))
        #expect(try JSONParser.parse(compact) == original)
        #expect(try JSONParser.parse(JSONWriter.write(original, indent: 2)) == original)
    }

    /// Numbers are read from their digits directly when that is exact, and by the
    /// standard library otherwise: either way the value is the one closest to the text.
    @Test(arguments: [
        "0", "-0", "7", "36.13", "-2.5e1", "4500000000", "0.1", "0.30000000000000004", "1e22", "1e23",
        "9007199254740993", "123456789012345678901234567890", "2.2250738585072014e-308", "5e-324",
        "1.7976931348623157e308", "3.14159265358979323846264338327950288", "1E+2", "12.5e-3",
    ])
    func numbersAreTheClosestDouble(text: String) throws {
        let expected = try #require(Double(text))
        let value = try JSONParser.parse(text)
        guard case .number(let number) = value else { Issue.record("\(text) parsed as \(value)"); return }
        #expect(number.bitPattern == expected.bitPattern, "\(text)")
    }

    @Test func numbersBeyondDoubleAreRefusedWithTheirPosition() {
        #expect(throws: JSONSyntaxError(line: 1, column: 7, message: "the number 1e400 is out of range")) {
            try JSONParser.parse(#"{"a": 1e400}"#)
        }
    }

    @Test func invalidUTF8IsRefusedInAStringWithEscapesToo() {
        #expect(throws: JSONSyntaxError(line: 1, column: 6, message: "invalid UTF-8 in a string")) {
            try JSONParser.parse([0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22])
        }
    }

    @Test func aLargeObjectKeepsOrderAndTheFirstOfRepeatedNames() throws {
        let names = (0..<1000).map { "k\($0)" }
        let text = "{" + names.map { "\"\($0)\": 1" }.joined(separator: ", ") + #", "k5": 2}"#
        var object = try #require(try JSONParser.parse(text).objectValue)
        #expect(object.keys == names + ["k5"])
        #expect(object["k5"] == .number(1), "the first of two members of one name wins, as in a small object")
        object["k999"] = .string("changed")
        object["k0"] = nil
        object["new"] = .bool(true)
        #expect(object["k999"] == .string("changed"))
        #expect(object["k0"] == nil)
        #expect(object["k1"] == .number(1), "positions after a removed member are still found")
        #expect(object.keys.first == "k1")
        #expect(object.keys.last == "new")
        #expect(object["new"] == .bool(true))
    }
}
