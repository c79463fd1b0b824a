import Foundation
import Testing
@testable import KotaCerdasData

@Suite struct SourceSpecTests {
    @Test func pathWithoutIntervalIsWatched() throws {
        let spec = try SourceSpec.parse("data/sumenep.json")
        #expect(spec.location == .file(path: "data/sumenep.json"))
        #expect(spec.effectiveInterval == nil)
    }

    @Test func fileURLAndIntervalSuffixes() throws {
        #expect(try SourceSpec.parse("file:///srv/kota.json@5m") == SourceSpec(location: .file(path: "/srv/kota.json"), interval: 300))
        #expect(try SourceSpec.parse("https://data.example.id/k.json@500ms").interval == 0.5)
        #expect(try SourceSpec.parse("http://127.0.0.1:8080/v1/snapshot@30s").interval == 30)
    }

    @Test func httpDefaultsToThirtySeconds() throws {
        #expect(try SourceSpec.parse("https://data.example.id/k.json").effectiveInterval == 30)
    }

    @Test func userInfoIsNotAnIntervalAndIsMasked() throws {
        let spec = try SourceSpec.parse("https://admin:hunter2@data.example.id/k.json@10s")
        #expect(spec.interval == 10)
        #expect(spec.displayLocation == "https://***@data.example.id/k.json")
        #expect(!spec.displayLocation.contains("hunter2"))
    }

    @Test func secretQueryValuesAreMasked() {
        #expect(LocationMask.mask("https://h/x?city=1&token=abc123&b=2") == "https://h/x?city=1&token=***&b=2")
    }

    @Test(arguments: [
        ("", "is empty"),
        ("kota.json@5x", "is not an interval"),
        ("kota.json@0ms", "interval: expected a duration from 10ms to 24h"),
        ("kota.json@2000000000000000000000h", "from 10ms to 24h"),
        ("ftp://host/file.json", "unsupported scheme \"ftp\""),
        ("http://", "not a valid URL"),
        ("@30s", "no location"),
    ])
    func malformedSpecsSayWhy(spec: String, reason: String) {
        #expect {
            try SourceSpec.parse(spec)
        } throws: { error in
            (error as? SourceSpecError)?.description.contains(reason) == true
        }
    }

    @Test func errorsMaskTheSpec() {
        #expect {
            try SourceSpec.parse("https://u:secret@h/x@5q")
        } throws: { error in
            !String(describing: error).contains("secret")
        }
    }
}
