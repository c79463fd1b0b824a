import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// `kotacerdas export`'s CSV, read back with the project's own strict RFC 4180 reader.
@Suite struct TableExportTests {
    static let awkwardNames = [
        "Pelayanan \"Satu Pintu\"; terpadu", "Baris satu\nbaris dua", "Sumenép, Madura", "  spasi di tepi ",
        "Kabupaten Pangkajenè dan Kepulauan",
    ]

    static let dimension = Dimension(
        id: "governance", name: LocalizedText("Tata Pamong"),
        indicators: awkwardNames.enumerated().map { index, name in
            Indicator(
                id: "i\(index)", name: LocalizedText(byLanguage: ["id": name, "en": "English \(index)"]),
                unit: LocalizedText("%"), value: [81.3, 0.00001, 3_400_000_000_000_000, -2.5, 1_234_567.891][index],
                target: 90, baseline: nil, better: .higher, source: "BPS; \"Sumenep dalam Angka\"",
                updatedAt: DataDate("2026-10-31"))
        },
        programs: [Program(
            id: "p1", name: LocalizedText("Digitalisasi \"pasar\"; tahap 2"), area: 3, owner: "Diskominfo", status: .atRisk,
            progress: 0.56, start: DataDate("2025-01-01"), end: DataDate("2026-12-31"),
            budget: Budget(allocated: 1_850_000_000, spent: 933_000_000), indicatorIDs: ["i0", "i1"],
            milestones: [Milestone(name: LocalizedText("m"), due: nil, done: true), Milestone(name: LocalizedText("n"), due: nil, done: false)])])

    static func csv(_ table: TableExport.Table, delimiter: Character, comma: Bool) -> String {
        let writer = CSVWriter(delimiter: delimiter)
        let rows = TableExport.rows(table, of: dimension, language: .indonesian, numbers: CSVNumber(decimalComma: comma))
        return CSVWriter.byteOrderMark + rows.map(writer.record).joined()
    }

    static func read(_ text: String, delimiter: Character) throws -> [[String]] {
        var bytes = Array(text.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        bytes.removeFirst(3)
        var reader = CSVReader(bytes: bytes, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        return records
    }

    @Test(arguments: [(Character(","), false), (Character(";"), true), (Character("\t"), false)])
    func awkwardNamesComeBackExactly(delimiter: Character, comma: Bool) throws {
        let records = try Self.read(Self.csv(.indicators, delimiter: delimiter, comma: comma), delimiter: delimiter)
        #expect(records.first == TableExport.indicatorHeader)
        #expect(records.dropFirst().map { $0[2] } == Self.awkwardNames)
        #expect(records.dropFirst().allSatisfy { $0.count == TableExport.indicatorHeader.count })
        #expect(records[1][15] == "BPS; \"Sumenep dalam Angka\"")
        #expect(records[1][14] == "2026-10-31", "dates as ISO")
    }

    @Test func numbersKeepEveryDigitWithoutExponentAndTakeTheDecimalComma() throws {
        let point = try Self.read(Self.csv(.indicators, delimiter: ",", comma: false), delimiter: ",")
        #expect(point.dropFirst().map { $0[3] } == ["81.3", "0.00001", "3400000000000000", "-2.5", "1234567.891"])
        let comma = try Self.read(Self.csv(.indicators, delimiter: ";", comma: true), delimiter: ";")
        #expect(comma.dropFirst().map { $0[3] } == ["81,3", "0,00001", "3400000000000000", "-2,5", "1234567,891"])
        #expect(comma[1][5] == "90", "whole numbers have no decimal part")
    }

    @Test func programmesHaveEveryColumn() throws {
        let records = try Self.read(Self.csv(.programs, delimiter: ";", comma: true), delimiter: ";")
        #expect(records.first == TableExport.programHeader)
        let row = Dictionary(uniqueKeysWithValues: zip(TableExport.programHeader, records[1]))
        #expect(row["name"] == "Digitalisasi \"pasar\"; tahap 2")
        #expect(row["status"] == "at-risk" && row["progress"] == "0,56" && row["area"] == "3")
        #expect(row["allocated"] == "1850000000" && row["spent"] == "933000000")
        #expect(row["start"] == "2025-01-01" && row["end"] == "2026-12-31")
        #expect(row["indicators"] == "i0 i1" && row["milestones"] == "2" && row["milestones done"] == "1")
    }

    @Test func recordsEndWithCRLFAndQuoteOnlyWhatNeedsIt() {
        let writer = CSVWriter(delimiter: ";")
        #expect(writer.record(["a", "b,c", "d;e", "say \"hi\"", " x"]) == "a;b,c;\"d;e\";\"say \"\"hi\"\"\";\" x\"\r\n")
    }
}
