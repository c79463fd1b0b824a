import Testing
@testable import KotaCerdasData

/// The `[serve]` table and its secret: strict like every other table.
@Suite struct ServeConfigurationTests {
    func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationParser.parse(text, file: "config.toml")
    }

    @Test func readsThePushTokenAndLimit() throws {
        let configuration = try parse("[serve]\npush-token = \"env:KOTACERDAS_PUSH_TOKEN\"\npush-max-body = \"4MiB\"\n")
        #expect(configuration.serve.pushToken == .environment("KOTACERDAS_PUSH_TOKEN"))
        #expect(configuration.serve.pushMaxBody == 4 * 1024 * 1024)
        #expect(try parse("").serve == ServeConfiguration())
        #expect(ServeConfiguration().pushToken == nil, "push is off unless configured")
    }

    @Test func unknownKeysAndWrongTypesNameTheFullKey() {
        #expect(throws: ConfigurationError.self) { try parse("[serve]\npush-tokn = \"x\"\n") }
        do {
            _ = try parse("[serve]\npush-tokn = \"x\"\n")
        } catch {
            #expect(error.description.hasPrefix("config.toml: serve.push-tokn: unknown key"), "\(error)")
        }
        do {
            _ = try parse("[serve]\npush-max-body = \"lots\"\n")
        } catch {
            #expect(error.description.hasPrefix("config.toml: serve.push-max-body: must be a size"), "\(error)")
        }
    }

    @Test func aSecretMustResolveToSomething() throws {
        let secret = SecretSetting(text: "env:KOTACERDAS_PUSH_TOKEN")
        #expect(try secret.resolve(key: "serve.push-token", environment: ["KOTACERDAS_PUSH_TOKEN": "abc"]) == "abc")
        #expect(throws: ConfigurationError.self) { try secret.resolve(key: "serve.push-token", environment: [:]) }
        #expect(throws: ConfigurationError.self) {
            try secret.resolve(key: "serve.push-token", environment: ["KOTACERDAS_PUSH_TOKEN": ""])
        }
        #expect(try SecretSetting(text: "literal").resolve(key: "k", environment: [:]) == "literal")
        #expect(throws: ConfigurationError.self) { try SecretSetting(text: "").resolve(key: "k", environment: [:]) }
    }

    @Test func pushedSourceNamesAreSafe() {
        for good in ["air-quality", "a", "sensor_1.v2", String(repeating: "x", count: 64)] {
            #expect(PushedSourceName(good) != nil, "\(good)")
        }
        for bad in ["", ".", "..", ".hidden", "a/b", "a b", "café", "a\u{1B}[2J", String(repeating: "x", count: 65)] {
            #expect(PushedSourceName(bad) == nil, "\(bad)")
        }
    }
}
