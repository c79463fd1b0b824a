/// Why an HTTP exchange produced no usable answer, in words for the status bar.
enum TransferError: Error, Equatable, CustomStringConvertible {
    case tooLarge(limit: Int)
    case timedOut(after: Double)
    case refused
    case hostNotFound
    case cannotConnect
    case connectionLost
    case tls
    case tooManyRedirects(Int)
    case headersTooLarge
    case badCompression
    case malformed
    case other(String)

    var description: String {
        switch self {
        case .tooLarge(let limit): return "answer larger than the \(ByteCountText.format(limit)) limit; download stopped"
        case .timedOut(let seconds): return "no complete answer within \(DurationText.format(seconds))"
        case .refused: return "cannot connect (connection refused)"
        case .hostNotFound: return "host not found"
        case .cannotConnect: return "cannot connect"
        case .connectionLost: return "connection lost before the answer was complete"
        case .tls: return "TLS failed (certificate or handshake)"
        case .tooManyRedirects(let count): return "more than \(count) redirects"
        case .headersTooLarge: return "answer headers too large"
        case .badCompression: return "answer says it is compressed but is not valid gzip or deflate"
        case .malformed: return "malformed answer from the server"
        case .other(let text): return text
        }
    }
}
