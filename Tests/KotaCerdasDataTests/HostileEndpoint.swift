import Foundation

/// `Benchmarks/scripts/hostile-endpoint.py` on 127.0.0.1: a real server that misbehaves in
/// ways an HTTP server library will not (headers that never end, a reset mid-body, a
/// length that lies), switched between behaviours while a client polls it. The benchmark
/// and the tests of two targets share this file and the script (the end-to-end copy is a
/// symlink), so every figure and every test runs against the same endpoint.
final class HostileEndpoint: @unchecked Sendable {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/scripts/hostile-endpoint.py")

    let port: Int
    private let process: Process
    private let directory: URL

    private init(port: Int, process: Process, directory: URL) {
        self.port = port
        self.process = process
        self.directory = directory
    }

    /// Starts serving `good` (a JSON document) in `mode`. Waits without blocking a thread:
    /// tests run in parallel on a pool of as many threads as there are cores.
    static func start(good: String, mode: String) async throws -> HostileEndpoint {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kc-hostile-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = { (name: String) in directory.appendingPathComponent(name) }
        try Data(good.utf8).write(to: file("good.json"))
        try Data(mode.utf8).write(to: file("mode"))
        FileManager.default.createFile(atPath: file("out").path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--good", file("good.json").path, "--mode-file", file("mode").path]
        process.standardOutput = try FileHandle(forWritingTo: file("out"))
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The script prints "listening PORT" once bound, and nothing else.
        for _ in 0..<200 {
            let line = (try? String(contentsOf: file("out"), encoding: .utf8)) ?? ""
            if line.hasSuffix("\n"), let port = Int(line.dropFirst("listening ".count).dropLast()) {
                return HostileEndpoint(port: port, process: process, directory: directory)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw CocoaError(.fileReadCorruptFile)
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)/city.json")! }

    /// How the endpoint answers from the next request on.
    func set(_ mode: String) throws {
        let file = directory.appendingPathComponent("mode")
        try Data(mode.utf8).write(to: file, options: .atomic)
    }

    func stop() {
        process.terminate()
        try? FileManager.default.removeItem(at: directory)
    }
}
