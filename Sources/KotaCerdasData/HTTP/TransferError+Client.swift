import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL

extension TransferError {
    /// The one-line reason for what AsyncHTTPClient and SwiftNIO threw.
    init(_ error: any Error, timeout: Double, limit: Int) {
        switch error {
        case let error as TransferError: self = error
        case let error as HTTPClientError: self = Self.describe(error, timeout: timeout)
        case let error as NIOConnectionError: self = Self.describe(error)
        case let error as IOError: self = Self.describe(errno: error.errnoCode)
        case let error as HTTPParserError: self = Self.describe(error)
        case let error as NIOHTTPDecompression.DecompressionError:
            self = error == .limit ? .tooLarge(limit: limit) : .badCompression
        case is NIOHTTPDecompression.ExtraDecompressionError: self = .badCompression
        case is NIOSSLError, is BoringSSLError: self = .tls
        default: self = .other("network error: \(String(describing: error))")
        }
    }

    private static func describe(_ error: HTTPClientError, timeout: Double) -> TransferError {
        switch error {
        case .deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout, .tlsHandshakeTimeout:
            return .timedOut(after: timeout)
        case .remoteConnectionClosed, .uncleanShutdown: return .connectionLost
        case .invalidURL, .emptyHost, .emptyScheme: return .other("not a valid URL")
        default: return .other("network error: \(error)")
        }
    }

    private static func describe(_ error: NIOConnectionError) -> TransferError {
        if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil { return .hostNotFound }
        let refused = error.connectionErrors.contains { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
        return refused ? .refused : .cannotConnect
    }

    private static func describe(_ error: HTTPParserError) -> TransferError {
        switch error {
        case .headerOverflow: return .headersTooLarge
        // The connection closed before the declared length or the last chunk.
        case .invalidEOFState: return .connectionLost
        default: return .malformed
        }
    }

    private static func describe(errno: Int32) -> TransferError {
        switch errno {
        case ECONNREFUSED: return .refused
        case ECONNRESET, EPIPE: return .connectionLost
        default: return .cannotConnect
        }
    }
}
