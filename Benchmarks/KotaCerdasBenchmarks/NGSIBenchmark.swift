import KotaCerdasCore
import KotaCerdasData

/// Mapping a broker's answer: ten pages of 1 000 entities (air-quality stations in v2
/// normalized form with unit metadata, parking zones and waste containers in keyValues)
/// through one NGSI v2 read, against parsing the same pages alone, so the figure shows
/// what the mapping adds to the parse. Entities per second = 10 000 ÷ the median.
enum NGSIBenchmark {
    static let pages = 10
    static let pageSize = 1_000

    static func run() -> Comparison {
        let bodies = (0..<pages).map { page in Array(pageText(first: page * pageSize).utf8) }
        guard let adapter = try? NGSIAdapter(dialect: .v2) else { fatalError("the NGSI adapter cannot be made") }
        var comparison = Comparison.interleaved(
            "map \(pages * pageSize) NGSI v2 entities (\(pages) pages, \(bodies.reduce(0) { $0 + $1.count } / 1024) KiB)", {
                var read = adapter.makeRead()
                for body in bodies { _ = try? read.consume(FetchedPage(body: body)) }
                precondition((try? read.finish(cut: nil))?.summary?.mapped == pages * pageSize)
            },
            against: "JSONParser.parse of the same pages", {
                for body in bodies { precondition((try? JSONParser.parse(body)) != nil) }
            }, runs: 11, iterations: 1)
        comparison.notes.append(String(format: "entities per second mapped: %.0f", Double(pages * pageSize) / comparison.subject.median))
        return comparison
    }

    /// A page as a broker sends it: half stations, a quarter parking zones, a quarter bins.
    private static func pageText(first: Int) -> String {
        let entities = (first..<first + pageSize).map { index -> String in
            switch index % 4 {
            case 0, 1:
                return """
                    {"id":"urn:ngsi-ld:AirQualityObserved:station-\(index)","type":"AirQualityObserved",\
                    "dateObserved":{"type":"DateTime","value":"2026-11-01T08:00:00+07:00"},\
                    "pm25":{"type":"Number","value":\(10 + index % 40),"metadata":{"unitCode":{"value":"GQ"}}},\
                    "no2":{"type":"Number","value":"\(20 + index % 30)"},\
                    "airQualityIndex":{"type":"Number","value":\(40 + index % 60)},\
                    "address":{"type":"StructuredValue","value":{"addressLocality":"Sumenep","addressCountry":"ID"}}}
                    """
            case 2:
                return """
                    {"id":"urn:ngsi-ld:OnStreetParking:zone-\(index)","type":"OnStreetParking",\
                    "availableSpotNumber":\(index % 12),"totalSpotNumber":12,"observationDateTime":"2026-11-01T08:00:00+07:00"}
                    """
            default:
                return """
                    {"id":"urn:ngsi-ld:WasteContainer:bin-\(index)","type":"WasteContainer",\
                    "fillingLevel":\(Double(index % 100) / 100),"dateModified":"2026-11-01T08:00:00+07:00"}
                    """
            }
        }
        return "[" + entities.joined(separator: ",") + "]"
    }
}
