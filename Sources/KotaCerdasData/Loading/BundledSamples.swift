import Foundation

/// The sample cities shipped inside the binary's resource bundle, so the dashboard runs
/// from any directory with no data of one's own.
public enum BundledSamples {
    /// The city shown when no source is given.
    public static let defaultName = "sumenep"

    /// Names of the bundled samples, e.g. `["bandung", "sumenep"]`.
    public static var names: [String] {
        guard let directory = resourceDirectory,
              let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Samples that bring other bundled samples with them, read first: the province of
    /// Jawa Timur is Sumenep (its own sample) plus the regencies and cities of `jawa-timur.json`.
    static let companions: [String: [String]] = ["jawa-timur": ["sumenep"]]

    /// The paths `name` stands for: its companions' and its own, in that order; nil when
    /// the bundle or any of them is missing.
    public static func paths(of name: String) -> [String]? {
        let all = (companions[name] ?? []) + [name]
        let paths = all.compactMap(path(of:))
        return paths.count == all.count ? paths : nil
    }

    /// The path of a bundled sample, or nil when the bundle or the sample is missing.
    public static func path(of name: String) -> String? {
        guard let directory = resourceDirectory else { return nil }
        let path = directory.appendingPathComponent(name + ".json").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Looked up by hand: the generated `Bundle.module` traps when the bundle is missing,
    /// and a missing sample must be a message, not a crash.
    private static let resourceDirectory: URL? = {
        let bundleName = "kotacerdas_KotaCerdasData.resources"
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for bundle in Bundle.allBundles + Bundle.allFrameworks {
            candidates.append(bundle.bundleURL.appendingPathComponent(bundleName))
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()
}
