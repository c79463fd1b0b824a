import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Runs one GET at a time through a `URLSession` as its delegate, so the body can be
/// counted while it arrives and the download stopped the moment it passes the limit, and
/// so secret headers can be dropped when a redirect leads to another origin.
final class HTTPTransfer: NSObject, URLSessionDataDelegate, Sendable {
    /// A complete answer: status, headers (by lowercased name) and body.
    struct Reply: Sendable {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]
    }

    private struct Running {
        let continuation: CheckedContinuation<Result<Reply, TransferError>, Never>
        let timeout: Double
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var failure: TransferError?
    }

    private let limit: Int
    private let secretHeaderNames: [String]
    private let running = Mutex<[Int: Running]>([:])

    init(limit: Int, secretHeaderNames: [String]) {
        self.limit = limit
        self.secretHeaderNames = secretHeaderNames
    }

    /// Sends `request` and waits for the whole answer, at most `timeout` seconds.
    func perform(_ request: URLRequest, in session: URLSession, timeout: Double) async -> Result<Reply, TransferError> {
        let task = session.dataTask(with: request)
        let id = task.taskIdentifier
        // URLSession's own timeouts restart with every packet; a trickling server would
        // never trip them, so the whole exchange gets a deadline of its own.
        let deadline = Task { [weak task] in
            try await Task.sleep(for: .clampedSeconds(timeout))
            self.fail(id, with: .timedOut(after: timeout))
            task?.cancel()
        }
        defer { deadline.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                running.withLock { $0[id] = Running(continuation: continuation, timeout: timeout) }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    private func fail(_ id: Int, with error: TransferError) {
        running.withLock { running in
            if running[id] != nil, running[id]?.failure == nil { running[id]?.failure = error }
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let declared = http?.value(forHTTPHeaderField: "Content-Length").flatMap { Int($0) } ?? 0
        running.withLock { $0[dataTask.taskIdentifier]?.response = http }
        if declared > limit {
            fail(dataTask.taskIdentifier, with: .tooLarge(limit: limit))
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = running.withLock { running -> Bool in
            guard var entry = running[dataTask.taskIdentifier], entry.failure == nil else { return false }
            guard entry.body.count + data.count <= limit else {
                entry.failure = .tooLarge(limit: limit)
                entry.body = []
                running[dataTask.taskIdentifier] = entry
                return true
            }
            // Take the entry out while appending, so the body is not copied on every packet.
            running[dataTask.taskIdentifier] = nil
            entry.body.append(contentsOf: data)
            running[dataTask.taskIdentifier] = entry
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = running.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        let result: Result<Reply, TransferError>
        if let failure = entry.failure {
            result = .failure(failure)
        } else if let error {
            let code = (error as? URLError)?.code ?? .unknown
            // URLSession's idle timer may fire together with the deadline; one message for both.
            result = .failure(code == .timedOut ? .timedOut(after: entry.timeout) : .network(code))
        } else if let response = entry.response {
            var headers: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            result = .success(Reply(status: response.statusCode, headers: headers, body: entry.body))
        } else {
            result = .failure(.network(.badServerResponse))
        }
        entry.continuation.resume(returning: result)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        var next = request
        if Origin(task.originalRequest?.url) != Origin(request.url) {
            for name in secretHeaderNames { next.setValue(nil, forHTTPHeaderField: name) }
        }
        completionHandler(next)
    }
}

/// Scheme, host and port: credentials for one origin are never sent to another.
private struct Origin: Equatable {
    let scheme: String?
    let host: String?
    let port: Int?

    init(_ url: URL?) {
        scheme = url?.scheme?.lowercased()
        host = url?.host?.lowercased()
        port = url?.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : nil)
    }
}
