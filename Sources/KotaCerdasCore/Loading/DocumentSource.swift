import Foundation

/// Reads, parses and decodes city documents from bytes or files, turning every failure
/// into problems a person can act on.
public enum DocumentSource {
    /// Files larger than this are refused before reading, so a wrong path (a disk image,
    /// a log) cannot exhaust memory. Real city documents are a few MiB at most.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Why a file could not be read at all (as opposed to being read and found invalid).
    public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Parses and decodes `bytes`. A syntax error is returned as the only problem.
    public static func decode(_ bytes: [UInt8]) -> DocumentDecoder.Result {
        do {
            return DocumentDecoder.decode(try JSONParser.parse(bytes))
        } catch {
            return DocumentDecoder.Result(document: nil, problems: [Problem(syntax: error)], isPartial: false)
        }
    }

    /// The bytes of a regular file no larger than `maximumFileSize`.
    public static func read(path: String, limit: Int = maximumFileSize) throws(ReadError) -> [UInt8] {
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
                throw ReadError(path: path, reason: "larger than the \(limit / 1024 / 1024) MiB limit")
            }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, reason: "read failed: \(error.localizedDescription)")
        }
    }
}
