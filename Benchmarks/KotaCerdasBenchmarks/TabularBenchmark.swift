import Foundation
import KotaCerdasCore
import KotaCerdasData

/// Mapping tables to indicators: a long CSV spreadsheet at two sizes (to show the growth is
/// linear) and a CKAN resource read in pages of 1000 records, each against a reference
/// doing the least any reader of the same bytes must do.
enum TabularBenchmark {
    static func run() -> [Comparison] {
        [csv(indicators: 20), csv(indicators: 200), ckan(indicators: 200)]
    }

    /// Periods per indicator: 500 days, so histories are cut to the last 240 as in use.
    static let periods = 500

    /// A long spreadsheet, `indicators × 500` rows, with quoted names and decimal commas
    /// as an Indonesian export writes them.
    static func csvText(indicators: Int) -> [UInt8] {
        var text = "indikator;tanggal;nilai;satuan\n"
        for indicator in 0..<indicators {
            for day in 0..<periods {
                let date = Date(timeIntervalSince1970: 1_704_067_200 + Double(day) * 86_400)
                text += "\"Indikator \(indicator); kota\";\(DataDate(instant: date).text.prefix(10));\(indicator * 1000 + day),5;persen\n"
            }
        }
        return Array(text.utf8)
    }

    static func csv(indicators: Int) -> Comparison {
        let bytes = csvText(indicators: indicators)
        let rows = indicators * periods
        let adapter = try! CSVAdapter()
        var summary = ""
        var comparison = Comparison.interleaved(
            "CSV long, \(rows) rows (\(bytes.count / 1024) KiB) → \(indicators) indicators: CSVAdapter.adapt", {
                summary = try! adapter.adapt(FetchedPage(body: bytes)).summary!.description
            },
            against: "split the same bytes into lines and fields (String.split, no quotes, no mapping)", {
                let text = String(decoding: bytes, as: UTF8.self)
                precondition(text.split(separator: "\n").map { $0.split(separator: ";") }.count == rows + 1)
            }, runs: 7, iterations: 1)
        comparison.notes = [
            "rows per second: " + String(format: "%.0f", Double(rows) / comparison.subject.median),
            "summary: \(summary)",
        ]
        return comparison
    }

    /// A long CKAN resource of `indicators × 500` records as a portal pages it: 1000 a page,
    /// numbers as strings, as many portals send them.
    static func ckanPages(indicators: Int) -> [(body: [UInt8], url: URL)] {
        let total = indicators * periods
        let base = URL(string: "https://portal.example/api/3/action/datastore_search?resource_id=bench-1")!
        return stride(from: 0, to: total, by: 1000).map { offset in
            let records = (offset..<min(total, offset + 1000)).map { index in
                let date = Date(timeIntervalSince1970: 1_704_067_200 + Double(index % periods) * 86_400)
                return #"{"_id":\#(index + 1),"Indikator":"Indikator \#(index / periods)","Tanggal":"\#(DataDate(instant: date).text.prefix(10))T00:00:00","Nilai":"\#(index).5","Satuan":"persen"}"#
            }
            let body = #"{"success":true,"result":{"resource_id":"bench-1","total":\#(total),"fields":[{"id":"_id"},{"id":"Indikator"},{"id":"Tanggal"},{"id":"Nilai"},{"id":"Satuan"}],"records":[\#(records.joined(separator: ","))]}}"#
            var components = URLComponents(url: base, resolvingAgainstBaseURL: false)!
            components.queryItems! += [URLQueryItem(name: "limit", value: "1000"), URLQueryItem(name: "offset", value: String(offset))]
            return (Array(body.utf8), components.url!)
        }
    }

    static func ckan(indicators: Int) -> Comparison {
        let pages = ckanPages(indicators: indicators)
        let records = indicators * periods
        let adapter = try! CKANAdapter()
        var summary = ""
        var comparison = Comparison.interleaved(
            "CKAN long, \(records) records in \(pages.count) pages → \(indicators) indicators: parse + map", {
                var read = adapter.makeRead()
                for page in pages { _ = try! read.consume(FetchedPage(body: page.body, url: page.url)) }
                summary = try! read.finish(cut: nil).summary!.description
            },
            against: "JSONSerialization.jsonObject of the same pages", {
                for page in pages { precondition((try? JSONSerialization.jsonObject(with: Data(page.body))) != nil) }
            }, runs: 7, iterations: 1)
        comparison.notes = [
            "records per second: " + String(format: "%.0f", Double(records) / comparison.subject.median),
            "summary: \(summary)",
        ]
        return comparison
    }
}
