import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A document in a folder of its own, removed with the value: what a server test serves.
final class TemporaryDocument {
    let directory: URL
    let file: URL

    init(_ text: String, prefix: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        file = directory.appendingPathComponent("sumenep.json")
        try Data(text.utf8).write(to: file)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A session that never answers from a cache, so every request reaches the server.
    static func uncachedSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        return URLSession(configuration: configuration)
    }
}
