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
}
