import Foundation

/// Reads a source file whole, refusing what cannot be a city's data before reading it:
/// a directory, a missing file, or one past the size limit (a disk image, a log).
public enum FileReader {
    /// Files larger than this are refused unless the source's limit is raised
    /// (`max-body` in the config, `--max-size` on the command line). Fits a province:
    /// the benchmarks' 70 MB city loads with room to spare.
    public static let defaultLimit = 256 * 1024 * 1024

    /// Why a file could not be read at all (as opposed to being read and found invalid).
    public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The bytes of a regular file no larger than `limit`.
    public static func read(path: String, limit: Int = defaultLimit) throws(ReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw ReadError(path: path, reason: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: "cannot be opened (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit so an oversize file is noticed without reading it all.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                throw ReadError(path: path, reason: "larger than the \(ByteCountText.format(limit)) limit; "
                    + "raise it with --max-size or max-body in the config")
            }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, reason: "read failed: \(error.localizedDescription)")
        }
    }
}
