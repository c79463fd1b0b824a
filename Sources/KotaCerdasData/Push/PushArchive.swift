import Foundation
import Glibc
import KotaCerdasCore

/// Pushed documents on disk, one file per source (`NAME.json`), so they survive a restart
/// of `serve`. Each file is written next to itself and renamed over, so a crash mid-write
/// never leaves half a document. Failures to read or write are never fatal.
public struct PushArchive: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The archive inside the cache folder: `<cache>/pushed`.
    public init(cacheDirectory: String) {
        self.init(directory: URL(fileURLWithPath: cacheDirectory).appendingPathComponent("pushed").path)
    }

    /// One kept document.
    public struct Entry: Sendable {
        public let name: PushedSourceName
        public let json: JSONValue
        public let savedAt: Date
    }

    /// The kept documents, by name, at most `limit` of them; files that are too large,
    /// broken, or not named like a pushed source are left out.
    public func load(limit: Int, maxBytes: Int) -> [Entry] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let names = files.compactMap { file -> PushedSourceName? in
            guard file.hasSuffix(".json") else { return nil }
            return PushedSourceName(String(file.dropLast(5)))
        }
        return names.sorted().prefix(limit).compactMap { name in
            let path = self.path(of: name)
            guard let bytes = try? FileReader.read(path: path, limit: maxBytes) else { return nil }
            let (json, result) = DocumentDecoder.read(bytes: bytes)
            guard let json, result.errors.isEmpty,
                  let savedAt = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            else { return nil }
            return Entry(name: name, json: json, savedAt: savedAt)
        }
    }

    /// Keeps `json` as the document of `name`. Returns false when writing failed.
    @discardableResult
    public func save(_ json: JSONValue, as name: PushedSourceName) -> Bool {
        SnapshotCache(path: path(of: name)).save(json)
    }

    public func remove(_ name: PushedSourceName) {
        unlink(path(of: name))
    }

    private func path(of name: PushedSourceName) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(name.text + ".json").path
    }
}
