import FlyingFox
import Foundation
import KotaCerdasCore
import Testing
@testable import KotaCerdasData

/// A token from the environment is sent to its own origin only and never shown anywhere.
@Suite struct SecretTests {
    static let token = "Bearer s3cr3t-t0k3n-4242"

    func provider(for url: URL) throws -> any DataProvider {
        let source = SourceConfiguration(
            spec: SourceSpec(location: .http(url), interval: 0.05),
            headers: [HeaderSetting(name: "Authorization", text: "env:KOTACERDAS_TOKEN")], timeout: 5)
        return try ProviderFactory.makeProvider(for: source, environment: ["KOTACERDAS_TOKEN": Self.token])
    }

    @Test func tokenIsSentToItsOwnOrigin() async throws {
        let server = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json"]), body: Data(Fixture.document().utf8))
        }
        let reader = UpdateReader(try provider(for: server.url))
        _ = try await reader.next()
        #expect(server.received.first?[.authorization] == Self.token)
        await reader.close()
        await server.stop()
    }

    @Test func tokenIsDroppedWhenARedirectLeadsToAnotherPort() async throws {
        let other = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json"]), body: Data(Fixture.document().utf8))
        }
        let origin = try await ScriptedServer.start { _ in
            HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: other.url.absoluteString]))
        }
        let reader = UpdateReader(try provider(for: origin.url))
        #expect(try await reader.next().document != nil)
        #expect(origin.received.first?[.authorization] == Self.token)
        #expect(other.received.count == 1)
        #expect(other.received.first?[.authorization] == nil)
        await reader.close()
        await origin.stop()
        await other.stop()
    }

    @Test func tokenNeverAppearsInLocationOrErrors() async throws {
        // The server echoes the token as the format, which the error message quotes.
        let server = try await ScriptedServer.start { request in
            let echo = Fixture.document().replacingOccurrences(of: "kotacerdas/v1", with: request.headers[.authorization] ?? "")
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json"]), body: Data(echo.utf8))
        }
        let url = URL(string: "http://user:\(Self.token.dropFirst(7))@127.0.0.1:\(server.port)/city.json")!
        let provider = try provider(for: url)
        let reader = UpdateReader(provider)
        let update = try await reader.next()
        let secret = String(Self.token.dropFirst(7))
        #expect(!provider.descriptor.location.contains(secret))
        #expect(!provider.descriptor.id.contains(secret))
        #expect(!String(describing: provider.descriptor).contains(secret))
        #expect(provider.descriptor.location.contains("***@127.0.0.1"))
        let message = try #require(update.failure)
        #expect(message.contains("unsupported format \"***\""))
        #expect(!message.contains(secret))
        #expect(!String(describing: update).contains(secret))
        await reader.close()
        await server.stop()
    }

    @Test func missingEnvironmentVariableIsAClearError() {
        let source = SourceConfiguration(
            spec: SourceSpec(location: .http(URL(string: "https://h/x")!)),
            headers: [HeaderSetting(name: "Authorization", text: "env:KOTACERDAS_TOKEN")])
        #expect(throws: ConfigurationError(file: nil, "header Authorization: environment variable KOTACERDAS_TOKEN is not set")) {
            try ProviderFactory.makeProvider(for: source, environment: [:])
        }
    }

    @Test func maskingReplacesEverySecretValue() {
        #expect(LocationMask.mask("got s3cr3t back from https://a:b@h/", secrets: ["s3cr3t"]) == "got *** back from https://***@h/")
    }
}
