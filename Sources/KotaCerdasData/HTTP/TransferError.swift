import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why an HTTP exchange produced no usable answer, in words for the status bar.
enum TransferError: Error, Equatable, CustomStringConvertible {
    case tooLarge(limit: Int)
    case timedOut(after: Double)
    case network(URLError.Code)

    var description: String {
        switch self {
        case .tooLarge(let limit): return "answer larger than the \(ByteCountText.format(limit)) limit; download stopped"
        case .timedOut(let seconds): return "no complete answer within \(DurationText.format(seconds))"
        case .network(let code): return Self.describe(code)
        }
    }

    private static func describe(_ code: URLError.Code) -> String {
        switch code {
        case .cannotConnectToHost: return "cannot connect (connection refused)"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "TLS failed (certificate or handshake)"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return "too many or broken redirects"
        case .badServerResponse: return "malformed answer from the server"
        default: return "network error \(code.rawValue)"
        }
    }
}
