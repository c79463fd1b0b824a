import Testing
@testable import KotaCerdasData

/// The CSV reader on its own: RFC 4180 quoting, line ends, line numbers, strictness.
@Suite struct CSVReaderTests {
    func records(_ text: String, delimiter: Character = ",") throws -> [(fields: [String], line: Int)] {
        var reader = CSVReader(bytes: Array(text.utf8), delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
        var records: [(fields: [String], line: Int)] = []
        while let record = try reader.next() { records.append((record.fields, record.line)) }
        return records
    }

    func error(_ text: String) -> CSVSyntaxError? {
        do {
            _ = try records(text)
            return nil
        } catch {
            return error as? CSVSyntaxError
        }
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let read = try records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,,\n")
        #expect(read.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["last", "", ""]])
        #expect(read.map(\.line) == [1, 2, 4], "a record after a quoted line break starts on the line after it")
    }

    @Test func lineEndsOfEveryKindAndNoFinalOne() throws {
        let read = try records("a;b\r\n1;2\r3;4\n5;6", delimiter: ";")
        #expect(read.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(read.map(\.line) == [1, 2, 3, 4])
    }

    @Test func blankLinesArePassedOverButCounted() throws {
        let read = try records("a\n\n\r\nb\n")
        #expect(read.map(\.fields) == [["a"], ["b"]])
        #expect(read.map(\.line) == [1, 4])
    }

    @Test func aQuoteNeverClosedIsBlamedOnTheLineItOpens() {
        let problem = error("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(problem?.line == 3)
        #expect(problem?.field == 2)
        #expect(problem?.description.contains("never closed") == true)
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnError() {
        let problem = error("name,value\nLayar 5\" inch,3\n")
        #expect(problem?.line == 2)
        #expect(problem?.field == 1)
        #expect(problem?.description.contains("quote inside an unquoted field") == true)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let problem = error("a,b\n1,\"2\"x\n")
        #expect(problem?.line == 2)
        #expect(problem?.field == 2)
    }

    @Test(arguments: [("a,b;c\n", ","), ("indikator;nilai;\"a,b,c\"\n", ";"), ("x\ty\tz\n", "\t"), ("single\n", ",")])
    func theDelimiterIsTheCommonestOutsideQuotes(header: String, expected: Character) {
        #expect(CSVDelimiter.detect(in: Array(header.utf8), from: 0) == UInt8(ascii: expected.unicodeScalars.first!))
    }
}
