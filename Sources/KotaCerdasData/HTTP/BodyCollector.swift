import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// Takes one answer apart for `HTTPTransfer`: the head, then the body up to the cap.
///
/// AsyncHTTPClient asks the socket for the next part only once the future returned for
/// the previous one has completed; a failed future ends the exchange and closes the
/// connection. So the download stops the moment the cap is passed, and nothing beyond
/// one read's worth of bytes is ever buffered ahead of this collector.
final class BodyCollector: HTTPClientResponseDelegate {
    typealias Response = HTTPTransfer.Reply

    private struct Collected {
        var head: HTTPResponseHead?
        var body = BlockBuffer()
    }

    private let limit: Int
    private let collected = Mutex(Collected())

    init(limit: Int) {
        self.limit = limit
    }

    func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        let declared = head.headers.first(name: "Content-Length").flatMap { Int($0) }
        if let declared, declared > limit {
            return task.eventLoop.makeFailedFuture(TransferError.tooLarge(limit: limit))
        }
        collected.withLock { $0.head = head }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        let fits = collected.withLock { collected in
            guard collected.body.count + buffer.readableBytes <= limit else {
                collected.body = BlockBuffer()
                return false
            }
            collected.body.append(buffer.readableBytesView)
            return true
        }
        return fits ? task.eventLoop.makeSucceededVoidFuture() : task.eventLoop.makeFailedFuture(TransferError.tooLarge(limit: limit))
    }

    func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
        try collected.withLock { collected in
            guard let head = collected.head else { throw TransferError.malformed }
            var headers: [String: String] = [:]
            // Repeated fields are one list (RFC 9110, 5.3).
            for (name, value) in head.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            return Response(status: Int(head.status.code), headers: headers, body: collected.body.joined())
        }
    }
}
