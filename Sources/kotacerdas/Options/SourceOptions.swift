import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// `--source` and `--config`, shared by every command that reads city data.
struct SourceOptions: ParsableArguments {
    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "A data source: a file path, file://…, http(s)://…, or a bundled sample name (sumenep, bandung). "
                + "Append @30s, @5m or @500ms to set how often it is read. Repeat to merge several sources, "
                + "later ones overriding earlier ones.",
            valueName: "source"))
    var sources: [String] = []

    @Option(help: ArgumentHelp(
        "Config file (TOML). Default: $XDG_CONFIG_HOME/kotacerdas/config.toml, if it exists.",
        valueName: "path"))
    var config: String?

    /// The config file laid under the command-line flags; flags win.
    func configuration(flags: Configuration = Configuration()) throws -> Configuration {
        var flags = flags
        flags.sources = try sources.map { SourceConfiguration(spec: try SourceSpec.parse(Self.resolveSampleName($0))) }
        return try Configuration.load(path: config).overridden(by: flags)
    }

    /// Providers for the configured sources; the bundled Sumenep sample when there are none.
    static func providers(for configuration: Configuration) throws -> [any DataProvider] {
        let providers = try ProviderFactory.makeProviders(for: configuration.sources)
        return providers.isEmpty ? [try ProviderFactory.bundledSample()] : providers
    }

    /// A bare bundled-sample name (`bandung`, optionally with `@5s`) becomes its bundled
    /// path, unless a file of that name exists here.
    private static func resolveSampleName(_ text: String) -> String {
        let name = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
        let suffix = String(text.dropFirst(name.count))
        guard !FileManager.default.fileExists(atPath: name), let path = BundledSamples.path(of: name) else { return text }
        return path + suffix
    }
}
