import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// `--source` and `--config`, shared by every command that reads city data.
struct SourceOptions: ParsableArguments {
    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "A data source: a file path (a kotacerdas/v1 .json document or a .csv spreadsheet), file://…, "
                + "http(s)://…, or a bundled sample name (sumenep, bandung, jawa-timur, ikci-2018). An adapter prefix reads other formats: "
                + "ngsi-v2+http://HOST:1026/v2/entities?type=…, ngsi-ld+http://HOST/ngsi-ld/v1/entities?type=…, "
                + "ckan+https://PORTAL/api/3/action/datastore_search?resource_id=…, csv+https://…. "
                + "Append @30s, @5m or @500ms to set how often it is read. Repeat to merge several sources, "
                + "later ones overriding earlier ones.",
            valueName: "source"))
    var sources: [String] = []

    @Option(help: ArgumentHelp(
        "Config file (TOML). Default: $XDG_CONFIG_HOME/kotacerdas/config.toml, if it exists.",
        valueName: "path"))
    var config: String?

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp(
            "The largest file or answer any source may send, e.g. 512MiB (default \(ByteCountText.format(FileReader.defaultLimit)); "
                + "max-body sets it per source in the config).",
            valueName: "size"))
    var maxSize: String?

    /// The config file laid under the command-line flags; flags win.
    func configuration(flags: Configuration = Configuration()) throws -> Configuration {
        var flags = flags
        flags.sources = try sources.flatMap(Self.resolveSampleName).map { SourceConfiguration(spec: try SourceSpec.parse($0)) }
        var configuration = try Configuration.load(path: config).overridden(by: flags)
        if let maxSize {
            guard let bytes = ByteCountText.bytes(maxSize), bytes > 0 else {
                throw ValidationError("--max-size: expected a size like 256MiB, 512KiB or a number of bytes, found \"\(maxSize)\"")
            }
            for index in configuration.sources.indices { configuration.sources[index].maxBodyBytes = bytes }
        }
        return configuration
    }

    /// A bare bundled-sample name (`bandung`, optionally with `@5s`) becomes its bundled
    /// path (or paths, for a sample of several files such as `jawa-timur`), unless a file
    /// of that name exists here.
    private static func resolveSampleName(_ text: String) -> [String] {
        let name = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
        let suffix = String(text.dropFirst(name.count))
        guard !FileManager.default.fileExists(atPath: name), let paths = BundledSamples.paths(of: name) else { return [text] }
        return paths.map { $0 + suffix }
    }
}
