import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// Spreadsheets of real Sumenep figures in both forms and both delimiters, and every
/// quirk of how spreadsheets are exported.
@Suite struct CSVAdapterTests {
    func fixture(_ name: String, options: AdapterOptions? = nil) throws -> MappedSource {
        let adapter = try CSVAdapter(options: options)
        return try MappedSource(adapter.adapt(FetchedPage(
            body: try FixtureFile.bytes("csv/" + name), url: URL(fileURLWithPath: FixtureFile.path("csv/" + name)))))
    }

    @Test func theLongFormGathersRowsIntoIndicators() throws {
        let mapped = try fixture("sumenep-long.csv")
        #expect(mapped.summary == "27 rows · 27 mapped")
        let (dimension, poverty) = try #require(mapped.indicator("poverty_rate"))
        #expect(dimension == "economy")
        #expect(poverty.name.text(in: .indonesian) == "Persentase penduduk miskin")
        #expect(poverty.value == 17.78)
        #expect(poverty.updatedAt?.text == "2024")
        #expect(poverty.better == .lower)
        #expect(poverty.unit.text(in: .english) == "percent")
        #expect(mapped.history("poverty_rate") == [
            "2016=20.09", "2017=19.62", "2018=20.16", "2019=19.48", "2020=20.18", "2021=20.51", "2022=18.76", "2023=18.7", "2024=17.78",
        ])
        #expect(poverty.source?.hasPrefix("https://reportasenews.net/") == true, "the last row's source")
        #expect(mapped.indicator("hdi")?.dimension == "society")
        #expect(mapped.indicator("hdi")?.indicator.value == 69.78)
        #expect(mapped.indicator("life_expectancy")?.dimension == "living")
        #expect(mapped.indicator("grdp")?.indicator.value == 42_847.97)
        #expect(mapped.indicator("population")?.indicator.value == 1_105_677)
    }

    @Test func anIndonesianExportReadsTheSame() throws {
        let english = try fixture("sumenep-long.csv")
        let indonesian = try fixture("sumenep-panjang-titikkoma.csv")
        #expect(indonesian.summary == "27 rows · 27 mapped · delimiter \";\"")
        #expect(indonesian.ids == english.ids)
        for id in english.ids {
            #expect(indonesian.indicator(id)?.indicator.value == english.indicator(id)?.indicator.value, "\(id)")
            #expect(indonesian.history(id) == english.history(id), "\(id)")
            #expect(indonesian.indicator(id)?.dimension == english.indicator(id)?.dimension, "\(id)")
            #expect(indonesian.indicator(id)?.indicator.better == english.indicator(id)?.indicator.better, "\(id)")
        }
        #expect(indonesian.indicator("population")?.indicator.value == 1_105_677, "dot thousands")
        #expect(indonesian.indicator("poverty_line")?.indicator.value == 427_882, "a dot before three digits groups in a ; file")
        #expect(indonesian.indicator("poverty_rate")?.indicator.unit.text(in: .indonesian) == "persen")
        #expect(indonesian.indicator("poverty_rate")?.indicator.source?.hasPrefix("berita; mengutip BPS; https://") == true)
    }

    @Test func theWideFormTakesEachYearColumn() throws {
        let mapped = try fixture("sumenep-wide.csv")
        #expect(mapped.summary == "11 rows · 11 mapped")
        let id = "persentase-penduduk-miskin"
        #expect(mapped.indicator(id)?.indicator.value == 17.78)
        #expect(mapped.history(id).count == 9)
        #expect(mapped.history("jumlah-penduduk-miskin") == ["2018=218.6", "2021=224.73", "2022=206.2", "2024=196.42"], "empty cells are years without a figure")
        #expect(mapped.indicator("garis-kemiskinan")?.indicator.updatedAt?.text == "2022", "the latest year with a figure")
        #expect(mapped.indicator("jumlah-penduduk")?.dimension == "society")
        #expect(mapped.indicator("tingkat-pengangguran-terbuka-tpt")?.indicator.better == .lower)
    }

    @Test func anIndonesianWideExportReadsTheSame() throws {
        let mapped = try fixture("sumenep-lebar-titikkoma.csv")
        #expect(mapped.summary == "11 rows · 11 mapped · delimiter \";\"")
        let poverty = try #require(mapped.indicator("persentase-penduduk-miskin-p0")?.indicator)
        #expect(poverty.name.text(in: .indonesian) == "Persentase penduduk miskin; P0")
        #expect(poverty.value == 17.78)
        #expect(mapped.history("jumlah-penduduk-miskin") == ["2018=218.6", "2021=224.73", "2022=206.2", "2024=196.42"], "\"-\" is a year without a figure")
        let life = try #require(mapped.indicator("umur-harapan-hidup-saat-lahir-uhh"))
        #expect(life.indicator.name.text(in: .indonesian) == "Umur harapan hidup saat lahir (UHH)", "a name broken over two lines is one line")
        #expect(life.dimension == "living")
        #expect(mapped.indicator("pdrb")?.indicator.value == 42_847.97)
        #expect(mapped.indicator("pdrb")?.indicator.unit.text(in: .indonesian) == "miliar rupiah")
    }

    @Test func withoutADimensionColumnTheFileNamesTheDimension() throws {
        let mapped = try CSVAdapter().map("indikator,tanggal,nilai\nIPM,2024,69.78\n", name: "Kota Sumenep.csv")
        #expect(mapped.indicator("ipm")?.dimension == "kota-sumenep")
        #expect(mapped.document.dimension(id: "kota-sumenep")?.name.text(in: .english) == "Other (kota-sumenep)")
    }

    @Test func skippedRowsAreCountedByReasonAndListedByLine() throws {
        let text = """
            indikator,periode,nilai,satuan,target
            IPM,2023,69.14,indeks,70
            IPM,2024,tinggi,indeks,70
            IPM,2024,69.78,indeks,70
            IPM,2024,69.80,indeks,70
            Kemiskinan,Maret 2024,17.78,%,
            Kemiskinan,,17.78,%,
            Kemiskinan,2023,,%,
            Kemiskinan,2022,18.76,%,sedang
            Jumlah,2024,88,,
            ,2024,1,,
            TPT,2024,1.36,%,,extra
            TPT,2023,"1,4",%,,
            """
        let mapped = try CSVAdapter().map(text)
        #expect(mapped.summary == "12 rows · 3 mapped · 9 skipped (value not a number: 1; duplicate period: 1; period not a date: 1; "
            + "no period: 1; no value: 1; target not a number: 1; total row: 1; no indicator name: 1; more fields than the header: 1)")
        #expect(mapped.skipDetails == [
            "line 3: value not a number", "line 5: duplicate period", "line 6: period not a date", "line 7: no period",
            "line 8: no value", "line 9: target not a number", "line 10: total row", "line 11: no indicator name",
            "line 12: more fields than the header",
        ])
        #expect(mapped.indicator("ipm")?.indicator.value == 69.78)
        #expect(mapped.indicator("ipm")?.indicator.target == 70)
        #expect(mapped.indicator("tpt")?.indicator.value == 1.4, "a quoted decimal comma in a , file")
    }

    @Test func aSyntaxErrorNamesItsLine() throws {
        let adapter = try CSVAdapter()
        #expect(throws: AdapterError("line 3, field 1: a quoted field starts here and is never closed")) {
            try adapter.map("indikator,periode,nilai\nIPM,2024,69.78\n\"TPT,2024,1.36\n")
        }
        #expect(throws: AdapterError("line 2: not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"")) {
            try adapter.adapt(FetchedPage(body: Array("indikator,periode,nilai\n".utf8) + [0x50, 0xE9, 0x72, 0x2C, 0x31, 0x0A]))
        }
    }

    @Test func aTableWithoutPeriodsSaysWhatItFound() throws {
        #expect(throws: AdapterError(
            "cannot tell how the table holds its values: no column is a period (such as \"2024\" or \"2024-03\") and there are "
                + "no period and value columns among the columns \"nama\", \"alamat\"; set layout and the columns in the config")) {
            try CSVAdapter().map("nama,alamat\nDinas Kominfo,Jl. Trunojoyo\n")
        }
        #expect(throws: AdapterError("expected CSV, got an HTML page (text/html)")) {
            try CSVAdapter().adapt(FetchedPage(body: Array("<html>login</html>".utf8), headers: ["content-type": "text/html"]))
        }
    }

    @Test func theConfigNamesColumnsAndSetsIndicators() throws {
        let options = try adapterOptions("""
            indicator-column = "Uraian Data"
            period-column = "Bulan"
            value-column = "Jumlah Kunjungan"
            dimension = "economy"
            delimiter = ";"
            id-prefix = "sumenep-"
            [[sources.csv.indicator]]
            row = "kunjungan wisatawan"
            name = { id = "Kunjungan wisatawan", en = "Tourist visits" }
            target = 50000
            warn = 40000
            critical = 30000
            unit = "kunjungan"
            """, adapter: .csv)
        let mapped = try CSVAdapter(options: options).map("""
            Uraian Data;Bulan;Jumlah Kunjungan
            Kunjungan Wisatawan;2024-01;41.200
            Kunjungan Wisatawan;2024-02;48.500
            """)
        let (dimension, visits) = try #require(mapped.indicator("sumenep-kunjungan-wisatawan"))
        #expect(dimension == "economy")
        #expect(visits.name.text(in: .english) == "Tourist visits")
        #expect(visits.value == 48_500)
        #expect(visits.updatedAt?.text == "2024-02")
        #expect((visits.target, visits.warn, visits.critical) == (50_000, 40_000, 30_000))
        #expect(visits.unit.text(in: .indonesian) == "kunjungan")
    }

    @Test func listedOnlyLeavesOtherRowsOut() throws {
        let options = try adapterOptions("""
            listed-only = true
            [[sources.csv.indicator]]
            row = "IPM"
            id = "soc-ipm"
            better = "higher"
            """, adapter: .csv)
        let mapped = try CSVAdapter(options: options).map("indikator,2023,2024\nIPM,69.14,69.78\nTPT,1.4,1.36\n")
        #expect(mapped.ids == ["soc-ipm"])
        #expect(mapped.summary == "2 rows · 1 mapped · 1 skipped (not listed in the config: 1)")
    }

    @Test func aTabDelimiterMayBeNamed() throws {
        let mapped = try CSVAdapter(options: try adapterOptions("delimiter = \"tab\"", adapter: .csv))
            .map("indikator\ttanggal\tnilai\nIPM, Sumenep\t2024\t69,78\n")
        #expect(mapped.indicator("ipm-sumenep")?.indicator.value == 69.78)
    }

    @Test func aWrongSettingIsAConfigError() throws {
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].csv.delimiter: must be \",\", \";\" or \"\\t\"")) {
            _ = try CSVAdapter(options: try adapterOptions("delimiter = \"|\"", adapter: .csv))
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].csv.colums: unknown key; expected one of "
            + TableMapping.keys.union(["delimiter"]).sorted().joined(separator: ", "))) {
            _ = try CSVAdapter(options: try adapterOptions("colums = 3", adapter: .csv))
        }
        #expect(throws: ConfigurationError(file: "config.toml", "sources[1].csv.indicator[1].row: is required: the row's name or id in the table")) {
            _ = try CSVAdapter(options: try adapterOptions("[[sources.csv.indicator]]\nid = \"x\"", adapter: .csv))
        }
    }
}
