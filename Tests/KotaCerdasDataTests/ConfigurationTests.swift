import Foundation
import Testing
@testable import KotaCerdasData

@Suite struct ConfigurationTests {
    static let example = """
        theme = "dark"
        language = "id"

        [kiosk]
        rotate = "20s"
        views = ["home", "governance"]

        [[sources]]
        location = "data/sumenep.json"

        [[sources]]
        location = "https://data.example.id/kota.json"
        interval = "5m"
        timeout = "3s"
        max-body = "2MiB"
        headers = { Authorization = "env:KOTACERDAS_TOKEN", Accept-Language = "id" }
        """

    func parse(_ text: String) throws -> Configuration {
        try ConfigurationParser.parse(text, file: "config.toml")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func readsEverySetting() throws {
        let configuration = try parse(Self.example)
        #expect(configuration.theme == "dark")
        #expect(configuration.language == "id")
        #expect(configuration.kiosk == KioskConfiguration(rotate: 20, views: ["home", "governance"]))
        #expect(configuration.sources.count == 2)
        #expect(configuration.sources[0].spec.location == .file(path: "data/sumenep.json"))
        let http = configuration.sources[1]
        #expect(http.spec.interval == 300)
        #expect(http.timeout == 3)
        #expect(http.maxBodyBytes == 2 * 1024 * 1024)
        #expect(Set(http.headers.map(\.name)) == ["Authorization", "Accept-Language"])
        #expect(http.headers.contains(HeaderSetting(name: "Authorization", value: .environment("KOTACERDAS_TOKEN"))))
    }

    @Test func syntaxErrorsNameFileAndLine() {
        let message = error("theme = \"dark\"\nlanguage = \n")
        #expect(message?.hasPrefix("config.toml: line 2, column") == true, "was: \(message ?? "no error")")
    }

    @Test func semanticErrorsNameTheKey() {
        #expect(error("[[sources]]\nlocation = \"a.json\"\nintervall = \"5s\"")?
            .hasPrefix("config.toml: sources[1].intervall: unknown key") == true)
        #expect(error("[[sources]]\nlocation = \"a.json\"\ninterval = \"soon\"")
            == "config.toml: sources[1].interval: expected a duration from 10ms to 24h such as 500ms, 30s, 5m or 1h; found \"soon\"")
        #expect(error("[[sources]]\ninterval = \"5s\"") == "config.toml: sources[1].location: is required")
        #expect(error("[[sources]]\nlocation = \"ftp://h/x\"")?.contains("unsupported scheme") == true)
        #expect(error("[kiosk]\nviews = \"home\"") == "config.toml: kiosk.views: must be an array of strings")
    }

    @Test func missingDefaultFileIsEmptyButAskedForFileIsAnError() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Configuration.load(environment: ["XDG_CONFIG_HOME": directory.path]) == Configuration())
        #expect(throws: ConfigurationError.self) { try Configuration.load(path: directory.appendingPathComponent("none.toml").path) }
        let file = directory.appendingPathComponent("kotacerdas/config.toml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.example.utf8).write(to: file)
        #expect(try Configuration.load(environment: ["XDG_CONFIG_HOME": directory.path]).theme == "dark")
    }

    @Test func flagsWinOverTheFile() throws {
        let file = try parse(Self.example)
        let flags = Configuration(
            sources: [SourceConfiguration(spec: try SourceSpec.parse("other.json"))], language: "en",
            kiosk: KioskConfiguration(rotate: 5))
        let merged = file.overridden(by: flags)
        #expect(merged.sources == flags.sources)
        #expect(merged.language == "en")
        #expect(merged.theme == "dark")
        #expect(merged.kiosk == KioskConfiguration(rotate: 5, views: ["home", "governance"]))
        #expect(file.overridden(by: Configuration()) == file)
    }

    @Test func configPathFollowsXDGAndIgnoresRelativeValues() {
        #expect(Configuration.defaultPath(environment: ["XDG_CONFIG_HOME": "/etc/u"]) == "/etc/u/kotacerdas/config.toml")
        #expect(Configuration.defaultPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/home/ops"])
            == "/home/ops/.config/kotacerdas/config.toml")
        #expect(SnapshotCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/ops"])
            == "/home/ops/.cache/kotacerdas")
    }

    @Test func unitsRoundTrip() {
        #expect(DurationText.seconds("500ms") == 0.5)
        #expect(DurationText.seconds("2h") == 7200)
        #expect(DurationText.seconds("5 m") == nil)
        #expect(DurationText.format(300) == "5m")
        #expect(ByteCountText.bytes("16MiB") == 16 * 1024 * 1024)
        #expect(ByteCountText.bytes("16MB") == nil)
        #expect(ByteCountText.format(64 * 1024) == "64 KiB")
    }
}
