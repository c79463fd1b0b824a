import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// The CKAN adapter on real portal answers, page by page as a transport hands them over.
@Suite struct CKANAdapterTests {
    static let kaltim = "ckan/datastore_search.kaltimprov-retribusi.json"
    static let inhil = "ckan/datastore_search.inhilkab-kelas-jalan.json"
    static let arnia = "ckan/datastore_search.arnia-bfc-empty-q.json"
    static let source = URL(string: "https://data.kaltimprov.go.id/api/3/action/datastore_search?resource_id=f08781dd-b541-4790-9c58-b329d01e4cbf")!

    /// Reads `answer` as the only page of a read of `url`.
    func read(_ answer: String, options: AdapterOptions? = nil, url: URL = source) throws -> MappedSource {
        var read = try CKANAdapter(options: options).makeRead()
        let first = read.firstURL(for: url)
        let next = try read.consume(FetchedPage(body: try FixtureFile.bytes(answer), url: first))
        #expect(next == nil, "the answer's total is reached: no further page, whatever _links.next says")
        return try MappedSource(read.finish(cut: nil))
    }

    @Test func aWideTableBecomesOneIndicatorPerRow() throws {
        let mapped = try read(Self.kaltim)
        #expect(mapped.summary == "3 records · 3 mapped")
        let (dimension, levy) = try #require(mapped.indicator("retribusi-jasa-umum"))
        #expect(dimension == "ckan-f08781dd", "named after the resource")
        #expect(mapped.document.dimension(id: "ckan-f08781dd")?.name.text(in: .english) == "Other (ckan-f08781dd)")
        #expect(levy.name.text(in: .indonesian) == "Retribusi Jasa Umum", "the first text column that is no row number")
        #expect(levy.unit.text(in: .indonesian) == "Rp")
        #expect(levy.value == 1_587_376_000)
        #expect(levy.updatedAt?.text == "2020")
        #expect(levy.better == .higher)
        #expect(mapped.history("retribusi-jasa-umum") == [
            "2016=6915012900", "2017=8002269316.91", "2018=7526389883.09", "2019=8080329000", "2020=1587376000",
        ])
        #expect(mapped.ids == ["retribusi-jasa-umum", "retribusi-jasa-usaha", "retribusi-perizinan-tertentu"])
    }

    @Test func totalRowsAreLeftOutAndCounted() throws {
        let mapped = try read(Self.inhil)
        #expect(mapped.summary == "8 records · 7 mapped · 1 skipped (total row: 1)")
        #expect(mapped.skipDetails == ["_id 8: total row"])
        #expect(mapped.indicator("kelas-class-iii-b")?.indicator.value == 391.98)
        #expect(mapped.indicator("diluar-kelas")?.indicator.name.text(in: .english) == "Diluar Kelas", "trimmed")
        #expect(mapped.indicator("jumlah-total") == nil)
    }

    @Test func theConfigPlacesAndDescribesIndicators() throws {
        let options = try adapterOptions("""
            dimension = "economy"
            id-prefix = "kaltim-"
            source = "Satu Data Kalimantan Timur"
            [[sources.ckan.indicator]]
            row = "retribusi jasa umum"
            id = "eco-levy-public-services"
            name = { id = "Retribusi jasa umum", en = "Public-service levies" }
            unit = { id = "rupiah", en = "IDR" }
            target = 9000000000
            warn = 7000000000
            critical = 5000000000
            [[sources.ckan.indicator]]
            row = "Retribusi Perizinan Tertentu"
            dimension = "governance"
            better = "target"
            """, adapter: .ckan)
        let mapped = try read(Self.kaltim, options: options)
        let (dimension, levy) = try #require(mapped.indicator("eco-levy-public-services"))
        #expect(dimension == "economy")
        #expect(levy.name.text(in: .english) == "Public-service levies")
        #expect(levy.unit.text(in: .english) == "IDR")
        #expect((levy.target, levy.warn, levy.critical) == (9e9, 7e9, 5e9))
        #expect(levy.source == "Satu Data Kalimantan Timur")
        #expect(mapped.indicator("kaltim-retribusi-jasa-usaha")?.dimension == "economy")
        #expect(mapped.indicator("kaltim-retribusi-perizinan-tertentu")?.dimension == "governance")
        #expect(mapped.indicator("kaltim-retribusi-perizinan-tertentu")?.indicator.better == .target)
        #expect(mapped.document.dimension(id: "economy")?.name.text(in: .english) == "Smart Economy")
    }

    @Test func aLongTableGathersItsRows() throws {
        let answer = """
            {"success": true, "result": {"resource_id": "5e5e5e5e-1", "total": 5,
              "fields": [{"id": "_id"}, {"id": "Indikator"}, {"id": "Tahun"}, {"id": "Nilai"}, {"id": "Satuan"}],
              "records": [
                {"_id": 1, "Indikator": "IPM", "Tahun": 2023, "Nilai": "69,14", "Satuan": "indeks"},
                {"_id": 2, "Indikator": "IPM", "Tahun": 2024, "Nilai": "69,78", "Satuan": "indeks"},
                {"_id": 3, "Indikator": "Kemiskinan", "Tahun": "2024-03", "Nilai": "17,78 %", "Satuan": "persen"},
                {"_id": 4, "Indikator": "Kemiskinan", "Tahun": "2016-01-01T00:00:00", "Nilai": 20.09, "Satuan": "persen"},
                {"_id": 5, "Indikator": "Kemiskinan", "Tahun": "2017-06-01T08:00:00", "Nilai": 19.62, "Satuan": "persen"}]}}
            """
        var read = try CKANAdapter(options: try adapterOptions("decimal = \",\"", adapter: .ckan)).makeRead()
        _ = try read.consume(FetchedPage(body: Array(answer.utf8), url: read.firstURL(for: Self.source)))
        let mapped = try MappedSource(read.finish(cut: nil))
        #expect(mapped.summary == "5 records · 4 mapped · 1 skipped (period not a date: 1)")
        #expect(mapped.skipDetails == ["_id 5: period not a date"], "a time without an offset is no instant")
        #expect(mapped.history("ipm") == ["2023=69.14", "2024=69.78"])
        #expect(mapped.history("kemiskinan") == ["2016-01-01=20.09", "2024-03=17.78"])
        #expect(mapped.indicator("kemiskinan")?.dimension == "ckan-5e5e5e5e")
    }

    @Test func anEmptyResultMapsToNothingAndAnUnreadableLayoutSaysWhy() throws {
        let options = try adapterOptions("""
            indicator-column = "Libelle"
            period-column = "Exercice"
            value-column = "Montant"
            """, adapter: .ckan)
        let mapped = try read(Self.arnia, options: options)
        #expect(mapped.summary == "0 records · 0 mapped")
        #expect(mapped.ids.isEmpty)
        #expect(throws: AdapterError(
            "cannot tell how the table holds its values: no column is a period (such as \"2024\" or \"2024-03\") and there are no "
                + "period and value columns among the columns \"_id\", \"Departement\", \"Budget\", \"Type nomenclature\", \"Exercice\", "
                + "\"Type fichier\", \"Date vote\", \"Depense/Recette\", \"Investissement/Fonctionnement\", \"Reel/Ordre id/Ordre diff\", "
                + "\"Chapitre\", \"Sous-chapitre\", … (19 in all); set layout and the columns in the config")) {
            _ = try read(Self.arnia)
        }
    }

    @Test func pagesAskForLimitAndOffsetAndKeepTheQuery() throws {
        let url = URL(string: "https://portal.example/api/3/action/datastore_search?resource_id=r&q=jones&filters=%7B%22Tahun%22%3A2024%7D&limit=2")!
        var read = try CKANAdapter().makeRead()
        let first = read.firstURL(for: url)
        #expect(first.absoluteString == "https://portal.example/api/3/action/datastore_search?resource_id=r&q=jones&filters=%7B%22Tahun%22%3A2024%7D&limit=2&offset=0")
        let page = """
            {"success": true, "result": {"total": 3, "fields": [{"id": "Daftar Data"}, {"id": "2024"}],
             "records": [{"Daftar Data": "A", "2024": "1"}, {"Daftar Data": "B", "2024": "2"}],
             "_links": {"next": "/api/3/action/datastore_search?offset=2"}}}
            """
        let second = try #require(try read.consume(FetchedPage(body: Array(page.utf8), url: first)))
        #expect(second.absoluteString.hasSuffix("q=jones&filters=%7B%22Tahun%22%3A2024%7D&limit=2&offset=2"))
    }

    @Test func ckanErrorsAreSaidInCKANsWords() throws {
        func failure(_ body: String) -> AdapterError? {
            var read = try? CKANAdapter().makeRead()
            do {
                _ = try read?.consume(FetchedPage(body: Array(body.utf8), url: Self.source))
                return nil
            } catch {
                return error
            }
        }
        #expect(failure(#"{"success": false, "error": {"__type": "Not Found Error", "message": "Not found: Resource was not found."}}"#)
            == AdapterError("CKAN Not Found Error: Not found: Resource was not found."))
        #expect(failure(#"{"success": false, "error": {"__type": "Validation Error", "resource_id": ["Missing value"], "limit": ["Invalid integer"]}}"#)
            == AdapterError("CKAN Validation Error: resource_id: Missing value; limit: Invalid integer"))
        #expect(failure(#"{"success": false}"#) == AdapterError("CKAN refused the request (success: false, no error given)"))
        #expect(failure(#"{"format": "kotacerdas/v1"}"#)
            == AdapterError("not a CKAN datastore_search answer: expected {\"success\": true, \"result\": {…}}"))
        #expect(failure("<!DOCTYPE html><title>Portal Satu Data</title>") == AdapterError("expected JSON, got an HTML page"))
        #expect(failure(#"{"success": true, "result": {"total": 1}}"#)
            == AdapterError("not a CKAN datastore_search answer: the result has no \"records\" array"))
        #expect(failure("{\"success\": tru").map { $0.message.hasPrefix("not a CKAN answer: ") } == true)
    }

    @Test func aWrongSettingIsAConfigError() throws {
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].ckan.page-size: must be a whole number from 1 to 32000")) {
            _ = try CKANAdapter(options: try adapterOptions("page-size = 0", adapter: .ckan))
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].ckan.layout: unknown value \"tall\"; allowed: \"wide\", \"long\"")) {
            _ = try CKANAdapter(options: try adapterOptions("layout = \"tall\"", adapter: .ckan))
        }
    }
}
