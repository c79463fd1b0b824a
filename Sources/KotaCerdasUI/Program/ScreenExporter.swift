#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Saves the frame on screen as an SVG image and an HTML page in a folder (`e`): the
/// edge that writes files for the pure update's `.exportScreen`.
///
/// Files are created exclusively (`O_EXCL`): an existing file is never overwritten, a
/// name taken in the same second gets `-2`, `-3`, … Failures are said as the system
/// names them, with the folder, so a read-only or missing folder is clear on screen.
public struct ScreenExporter: Sendable {
    /// Where the files go; created, with its parents, when missing.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes `frame` as `<stem>.svg` and `<stem>.html`, drawn in `theme`.
    public func export(_ frame: CellBuffer, of state: AppState, theme: Theme, at time: Date) -> ExportOutcome {
        let caption = SharedScreen.caption(for: state, takenAt: time)
        let documents = [
            ("svg", SVGRenderer(theme: theme).render(frame, caption: caption)),
            ("html", HTMLRenderer(theme: theme).render(frame, caption: caption)),
        ]
        do {
            try makeFolder()
            let stem = SharedScreen.fileStem(for: state, takenAt: time)
            for attempt in 1...1000 {
                let name = attempt == 1 ? stem : "\(stem)-\(attempt)"
                var written: [String] = []
                do {
                    for (suffix, text) in documents {
                        try create("\(name).\(suffix)", containing: text)
                        written.append("\(name).\(suffix)")
                    }
                    return .saved(written)
                } catch let failure as WriteFailure where failure.code == EEXIST {
                    // Keep the pair together: drop a half written under a taken name.
                    for file in written { unlink(path(file)) }
                }
            }
            return .failed("\(folder): no free file name for \(stem)")
        } catch let failure as WriteFailure {
            return .failed(failure.description)
        } catch {
            return .failed("\(folder): \(error)")
        }
    }

    private struct WriteFailure: Error, CustomStringConvertible {
        let code: Int32
        let path: String
        var description: String { "\(path): " + String(cString: strerror(code)) }
    }

    private func path(_ name: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }

    /// `mkdir -p`, failing with the first component that cannot be made.
    private func makeFolder() throws {
        var current = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw WriteFailure(code: errno, path: current)
            }
        }
    }

    private func create(_ name: String, containing text: String) throws {
        let file = path(name)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(code: errno, path: file) }
        var bytes = Array(text.utf8)[...]
        var failure: Int32?
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            bytes = bytes.dropFirst(count)
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(file)
            throw WriteFailure(code: failure, path: file)
        }
    }
}
