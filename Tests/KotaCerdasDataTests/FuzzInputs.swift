import Foundation

/// The inputs kept by fuzzing (Fuzz/README.md): every crasher the fuzzer found, which
/// must now be handled, and the merged corpus, which the code handled when it was kept.
enum FuzzInputs {
    /// The repository's `Fuzz/`, found upwards from this file, so the one file serves every
    /// test target it is linked into, at whatever depth.
    private static let fuzzDirectory: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Fuzz")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("Fuzz")
    }()

    /// The files of `Fuzz/<folder>/<target>/`, sorted by name, with their bytes.
    static func files(_ folder: String, _ target: String) -> [(name: String, bytes: [UInt8])] {
        let directory = fuzzDirectory.appendingPathComponent(folder).appendingPathComponent(target)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
        }
    }

    /// Crashers and corpus together.
    static func all(_ target: String) -> [(name: String, bytes: [UInt8])] {
        files("Crashers", target) + files("Corpus", target)
    }
}
