import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// A real HTTP server on 127.0.0.1 whose answers each test scripts, recording every
/// request it receives.
final class ScriptedServer: Sendable {
    typealias Handler = @Sendable (HTTPRequest) async throws -> HTTPResponse

    let port: UInt16
    private let server: HTTPServer
    private let task: Task<Void, Never>
    private let handler: Mutex<Handler>
    private let requests = Mutex<[HTTPHeaders]>([])

    private init(server: HTTPServer, port: UInt16, task: Task<Void, Never>, handler: @escaping Handler) {
        self.server = server
        self.port = port
        self.task = task
        self.handler = Mutex(handler)
    }

    static func start(_ initial: @escaping Handler = { _ in HTTPResponse(statusCode: .notFound) }) async throws -> ScriptedServer {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 5, logger: .disabled)
        let box = Box()
        await server.appendRoute("*") { request in try await box.handle(request) }
        let task = Task { _ = try? await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw CancellationError() }
        let scripted = ScriptedServer(server: server, port: port, task: task, handler: initial)
        box.owner.withLock { $0 = scripted }
        return scripted
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)/city.json")! }

    /// Replaces how the server answers from now on.
    func respond(_ handler: @escaping Handler) {
        self.handler.withLock { $0 = handler }
    }

    /// The headers of every request received so far.
    var received: [HTTPHeaders] { requests.withLock { $0 } }

    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }

    fileprivate func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.withLock { $0.append(request.headers) }
        let current = handler.withLock { $0 }
        return try await current(request)
    }

    /// Routes are added before the server object exists; this finds it later.
    private final class Box: Sendable {
        let owner = Mutex<ScriptedServer?>(nil)
        func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard let server = owner.withLock({ $0 }) else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return try await server.handle(request)
        }
    }
}

/// Response bodies that arrive slowly or endlessly, to test timeouts and the size cap.
/// Counts what it actually produced, so a test can tell a download was cut short.
struct PacedBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    let chunk: Int
    let total: Int
    let pause: Duration
    let produced: Counter

    final class Counter: Sendable {
        private let value = Atomic<Int>(0)
        func add(_ amount: Int) { value.add(amount, ordering: .relaxed) }
        var count: Int { value.load(ordering: .relaxed) }
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        let sequence: PacedBytes
        var sent = 0

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard sent < sequence.total else { return nil }
            try await Task.sleep(for: sequence.pause)
            let size = Swift.min(count, sequence.chunk, sequence.total - sent)
            sent += size
            sequence.produced.add(size)
            return [UInt8](repeating: UInt8(ascii: " "), count: size)
        }
    }
}
