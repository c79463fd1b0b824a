import Foundation
import KotaCerdasCore

/// Reads a file through its adapter (a kotacerdas document, a CSV spreadsheet) and again
/// whenever it is saved.
///
/// Saves are seen through inotify on the file's directory within a few tens of
/// milliseconds; where inotify is unavailable, or when the spec gives an interval, the
/// file's inode, size and modification time are polled instead (every second by default).
public final class FileProvider: DataProvider {
    /// How often the fallback poll looks at the file.
    public static let fallbackPollInterval: Double = 1

    public let descriptor: SourceStatus
    private let path: String
    private let pollInterval: Double?
    private let adapter: any SourceAdapter
    private let sizeLimit: Int
    private let wakeup = Wakeup()

    /// - Parameters:
    ///   - path: The file to read.
    ///   - pollInterval: Poll at this interval instead of watching (network file systems).
    ///   - kind: `.bundled` for the samples inside the binary, `.file` otherwise.
    ///   - adapter: What the file's format is; kotacerdas/v1 unless given.
    ///   - sizeLimit: Larger files are refused before reading.
    ///   - id: The source's identity; the path's by default.
    public init(
        path: String, pollInterval: Double? = nil, kind: SourceStatus.Kind = .file,
        adapter: any SourceAdapter = V1Adapter(), sizeLimit: Int = FileReader.defaultLimit, id: String? = nil
    ) {
        self.path = path
        self.pollInterval = pollInterval
        self.adapter = adapter
        self.sizeLimit = sizeLimit
        // A watched file has no interval on its record: unchanged, it is current, never
        // stale. A polled file reports every poll, so its interval can judge staleness.
        descriptor = SourceStatus(
            id: id ?? SourceSpec(location: .file(path: path)).id, kind: kind, location: path, interval: pollInterval,
            adapter: adapter.name)
    }

    public func updates() -> AsyncStream<ProviderUpdate> {
        ProviderStream.start { [self] in await run($0) }
    }

    public func refresh() {
        wakeup.ring()
    }

    private func run(_ output: AsyncStream<ProviderUpdate>.Continuation) async {
        let watcher = pollInterval == nil ? DirectoryWatcher(path: path, onChange: { [wakeup] in wakeup.ring() }) : nil
        defer {
            watcher?.stop()
            output.finish()
        }
        var seen = FileFingerprint(path: path)
        var lastBytes = read(into: output, lastBytes: nil)
        while !Task.isCancelled {
            let watching = watcher?.isActive ?? false
            // inotify reports every change (an overflow included), so a watched file needs no timer.
            let rung = await wakeup.wait(timeout: watching ? nil : pollInterval ?? Self.fallbackPollInterval)
            guard !Task.isCancelled else { return }
            let current = FileFingerprint(path: path)
            if !rung && current == seen {
                // A polled file that did not change was still read on time: say so, as an
                // endpoint's 304 does, so the sources screen shows it alive.
                if pollInterval != nil { output.yield(.unchanged(at: Date())) }
                continue
            }
            seen = current
            lastBytes = read(into: output, lastBytes: lastBytes)
        }
    }

    /// Reads and maps the file, reports the outcome, and returns the bytes to compare
    /// the next read with (unchanged on failure, so a fixed file counts as new again).
    private func read(into output: AsyncStream<ProviderUpdate>.Continuation, lastBytes: [UInt8]?) -> [UInt8]? {
        let now = Date()
        let name = URL(fileURLWithPath: path).lastPathComponent
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: path, limit: sizeLimit)
        } catch {
            output.yield(.failure("\(name): \(error.reason)", at: now))
            return nil
        }
        if bytes == lastBytes {
            output.yield(.unchanged(at: now))
            return bytes
        }
        do {
            output.yield(.read(try adapter.adapt(FetchedPage(body: bytes, url: URL(fileURLWithPath: path))), at: now))
            return bytes
        } catch {
            output.yield(.failure("\(name): \(error.message)", at: now))
            return nil
        }
    }
}
