import Foundation
import Glibc
import KotaCerdasCore

/// The last good merged document on disk, so a restart while an endpoint is down still
/// shows data, marked with its age.
///
/// The file is itself a valid kotacerdas document (`kotacerdas validate` reads it); its
/// modification time is the cache time. Failures to read or write are never fatal.
public struct SnapshotCache: Sendable {
    /// The cache file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The cache for a list of sources: `<directory>/<hash of the source ids>.json`.
    public init(directory: String, sourceIDs: [String]) {
        let key = StableHash.hex(sourceIDs.joined(separator: "\n").utf8)
        self.init(path: URL(fileURLWithPath: directory).appendingPathComponent(key + ".json").path)
    }

    /// The cache for `providers` in `directory`, or nil when caching would not help:
    /// bundled samples are always at hand, and a demo walks at random, so any of them in
    /// the mix (a demo would rewrite the file every few seconds with invented values)
    /// means no cache. Only when every source is a real file or endpoint is there one.
    public static func forProviders(_ providers: [any DataProvider], directory: String) -> SnapshotCache? {
        let allReal = providers.allSatisfy { [.file, .http].contains($0.descriptor.kind) }
        guard allReal, !providers.isEmpty else { return nil }
        return SnapshotCache(directory: directory, sourceIDs: providers.map(\.descriptor.id))
    }

    /// `$XDG_CACHE_HOME/kotacerdas`, or `~/.cache/kotacerdas`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGBaseDirectory.path("XDG_CACHE_HOME", fallback: ".cache", subpath: "kotacerdas", environment: environment)
    }

    /// The cached document and when it was saved, or nil when there is none usable.
    public func load() -> (json: JSONValue, savedAt: Date)? {
        guard let bytes = try? FileReader.read(path: path),
              let json = try? JSONParser.parse(bytes),
              CityCollection.decode(json).documents != nil,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let savedAt = attributes[.modificationDate] as? Date else { return nil }
        return (json, savedAt)
    }

    /// Writes `json` next to the cache file and renames it over, so a crash mid-write
    /// never leaves half a document. Returns false when that failed.
    @discardableResult
    public func save(_ json: JSONValue) -> Bool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(JSONWriter.write(json, indent: 2).utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            return false
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
