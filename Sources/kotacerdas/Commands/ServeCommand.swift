import ArgumentParser
import Foundation
import KotaCerdasData
import KotaCerdasServer

/// `kotacerdas serve`: publishes the merged snapshot over HTTP for many wall displays.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Publish the merged city data as JSON over HTTP.",
        discussion: """
            GET /v1/snapshot answers the merged document with an ETag (and 304 Not Modified \
            to If-None-Match); GET /healthz answers the state of every source. \
            Point dashboards at it with --source http://HOST:PORT/v1/snapshot. \
            Binds to loopback unless --bind says otherwise. \
            With push-token set in the config's [serve] table, POST /v1/documents/NAME \
            (Authorization: Bearer TOKEN) takes a kotacerdas/v1 document as the source NAME; \
            DELETE removes it.
            """
    )

    @Option(help: "Address to listen on.")
    var bind = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: UInt16 = 8080

    @OptionGroup var sourceOptions: SourceOptions

    @Flag(help: "Move the values as a bounded random walk around the bundled sample, marked DEMO.")
    var demo = false

    @Flag(name: .customLong("no-cache"), help: "Do not keep the last good data on disk.")
    var noCache = false

    mutating func run() async throws {
        let configuration = try sourceOptions.configuration()
        let push = try configuration.serve.pushToken.map { token in
            PushSettings(
                token: try token.resolve(key: "serve.push-token", environment: ProcessInfo.processInfo.environment),
                maxBodyBytes: configuration.serve.pushMaxBody)
        }
        let options = ServeOptions(
            bind: bind, port: port, sources: configuration.sources, demo: demo,
            cacheDirectory: noCache ? nil : SnapshotCache.defaultDirectory(), city: configuration.city, push: push)
        let task = Task {
            try await ServeRunner.run(options) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
        let stopper = CancellationOnSignal(cancelling: task)
        defer { stopper.stop() }
        try await task.value
    }
}
