import Foundation
import KotaCerdasCore
import KotaCerdasData

/// Any bytes as one page of a broker, portal or spreadsheet: the first byte picks the
/// adapter (NGSI v2, NGSI-LD, CKAN, CSV), the rest is the page. An adapter either refuses
/// the page with a message or maps it, and whatever it maps must make a valid city when
/// laid over the default city, as the store lays it: the property every mapped source
/// relies on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAdapters(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let kinds: [AdapterKind] = [.ngsiV2, .ngsiLD, .ckan, .csv]
    let kind = kinds[Int(start[0]) % kinds.count]
    let body = Array(UnsafeBufferPointer(start: start + 1, count: count - 1))
    guard let adapter = try? kind.makeAdapter(options: nil),
          let address = URL(string: "http://127.0.0.1:1026/entities?type=AirQualityObserved") else { return 0 }
    var read = adapter.makeRead()
    let first = read.firstURL(for: address)
    do {
        _ = try read.consume(FetchedPage(body: body, headers: ["content-type": "application/json"], url: first))
        let adapted = try read.finish(cut: nil)
        let city = DocumentShape.merged([DocumentSkeleton().json, adapted.json])
        let result = DocumentDecoder.decode(city)
        guard result.document != nil else {
            fatalError("\(adapter.name) mapped a page into an invalid city: \(result.errors.map(\.description))")
        }
    } catch {
        guard !error.message.isEmpty else { fatalError("\(adapter.name) refused a page without a message") }
    }
    return 0
}
