import Foundation
import KotaCerdasCore
import Testing
import KotaCerdasData

/// Every page the adapters' fuzz target kept, replayed as `Fuzz/Targets/adapters` feeds it:
/// the first byte picks NGSI v2, NGSI-LD, CKAN or CSV; the adapter refuses the page with a
/// message or maps it into indicators that make a valid city over the default one.
@Suite struct AdapterFuzzReplayTests {
    @Test func everyKeptPageIsRefusedInWordsOrMapsToAValidCity() throws {
        let inputs = FuzzInputs.all("adapters")
        #expect(inputs.count >= 10)
        let kinds: [AdapterKind] = [.ngsiV2, .ngsiLD, .ckan, .csv]
        let address = try #require(URL(string: "http://127.0.0.1:1026/entities?type=AirQualityObserved"))
        for input in inputs where !input.bytes.isEmpty {
            let adapter = try kinds[Int(input.bytes[0]) % kinds.count].makeAdapter(options: nil)
            var read = adapter.makeRead()
            let page = FetchedPage(
                body: Array(input.bytes.dropFirst()), headers: ["content-type": "application/json"],
                url: read.firstURL(for: address))
            do {
                _ = try read.consume(page)
                let adapted = try read.finish(cut: nil)
                let result = DocumentDecoder.decode(DocumentShape.merged([DocumentSkeleton().json, adapted.json]))
                #expect(result.document != nil, "\(input.name): \(result.errors)")
            } catch {
                #expect(!error.message.isEmpty, "\(input.name)")
            }
        }
    }
}
