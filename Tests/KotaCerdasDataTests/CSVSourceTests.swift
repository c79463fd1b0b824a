import FlyingFox
import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// Spreadsheets as sources: a file chosen by its `.csv` name and reloaded when saved, and
/// `csv+http://` over HTTP.
@Suite final class CSVSourceTests {
    let directory: URL

    init() throws {
        directory = try Fixture.temporaryDirectory()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    static func value(_ update: ProviderUpdate, _ id: String) -> Double? {
        guard case .adapted(let adapted, _) = update, let mapped = try? MappedSource(adapted) else { return nil }
        return mapped.indicator(id)?.indicator.value
    }

    @Test func aCSVFileIsReadAsASpreadsheetAndAgainWhenSaved() async throws {
        let path = directory.appendingPathComponent("kota.csv").path
        let original = try String(contentsOfFile: FixtureFile.path("csv/sumenep-panjang-titikkoma.csv"), encoding: .utf8)
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        let source = SourceConfiguration(spec: try SourceSpec.parse(path))
        #expect(source.adapterKind == .csv)
        let provider = try ProviderFactory.makeProvider(for: source)
        #expect(provider.descriptor.adapter == "CSV")
        let reader = UpdateReader(provider)
        #expect(Self.value(try await reader.next(), "poverty_rate") == 17.78)

        // An official corrects the 2024 figure and saves, as an editor does: a new file renamed over.
        let corrected = original.replacingOccurrences(of: ";2024;17,78;", with: ";2024;16,99;")
        #expect(corrected != original)
        let temporary = directory.appendingPathComponent(".kota.csv.tmp").path
        try corrected.write(toFile: temporary, atomically: false, encoding: .utf8)
        #expect(rename(temporary, path) == 0)
        #expect(Self.value(try await reader.nextChange(within: 2), "poverty_rate") == 16.99)

        // A broken save keeps nothing new and says where.
        try (corrected + "poverty_rate;\"2025;1\n").write(toFile: path, atomically: false, encoding: .utf8)
        let failure = try await reader.nextChange(within: 2).failure
        #expect(failure == "kota.csv: line 30, field 2: a quoted field starts here and is never closed")
        await reader.close()
    }

    @Test func aSpreadsheetOverHTTP() async throws {
        let csv = try FixtureFile.bytes("csv/sumenep-wide.csv")
        let server = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/csv; charset=utf-8"], body: Data(csv))
        }
        defer { Task { await server.stop() } }
        let source = SourceConfiguration(spec: try SourceSpec.parse("csv+http://127.0.0.1:\(server.port)/export?format=csv@1h"))
        let reader = UpdateReader(try ProviderFactory.makeProvider(for: source))
        let update = try await reader.next()
        #expect(Self.value(update, "indeks-pembangunan-manusia-ipm") == 69.78)
        guard case .adapted(let adapted, _) = update else { throw CancellationError() }
        #expect(adapted.summary?.description == "11 rows · 11 mapped")
        #expect(server.received.first?[HTTPHeader("Accept")]?.hasPrefix("text/csv") == true)
        await reader.close()
    }
}
