import Foundation

/// Everything the config file can set. Command-line flags are a `Configuration` too,
/// laid over the file's with `overridden(by:)`.
public struct Configuration: Equatable, Sendable {
    public var sources: [SourceConfiguration]
    public var theme: String?
    public var language: String?
    public var kiosk: KioskConfiguration
    /// The city shown when no source brings a whole document.
    public var city: CityConfiguration
    /// What `serve` accepts: pushed documents.
    public var serve: ServeConfiguration
    /// Where `e` saves screens.
    public var export = ExportConfiguration()
    /// The `[alerts]` table.
    public var alerts = AlertConfiguration()

    public init(
        sources: [SourceConfiguration] = [], theme: String? = nil, language: String? = nil,
        kiosk: KioskConfiguration = KioskConfiguration(), city: CityConfiguration = CityConfiguration(),
        serve: ServeConfiguration = ServeConfiguration(),
        export: ExportConfiguration = ExportConfiguration(),
        alerts: AlertConfiguration = AlertConfiguration()
    ) {
        self.sources = sources
        self.theme = theme
        self.language = language
        self.kiosk = kiosk
        self.city = city
        self.serve = serve
        self.export = export
        self.alerts = alerts
    }

    /// `$XDG_CONFIG_HOME/kotacerdas/config.toml`, or `~/.config/kotacerdas/config.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGBaseDirectory.path(
            "XDG_CONFIG_HOME", fallback: ".config", subpath: "kotacerdas/config.toml", environment: environment)
    }

    /// Reads the config at `path`, or at the default path when nil. A missing default
    /// file is an empty configuration; a missing file that was asked for is an error.
    public static func load(
        path: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Configuration {
        let file = path ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            if path == nil { return Configuration() }
            throw ConfigurationError(file: file, "no such file")
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: file, "cannot be read as UTF-8 text")
        }
        return try ConfigurationParser.parse(text, file: file)
    }

    /// This configuration with every setting that `flags` gives taking precedence.
    /// Sources from flags replace the file's sources rather than adding to them.
    public func overridden(by flags: Configuration) -> Configuration {
        Configuration(
            sources: flags.sources.isEmpty ? sources : flags.sources,
            theme: flags.theme ?? theme,
            language: flags.language ?? language,
            kiosk: KioskConfiguration(rotate: flags.kiosk.rotate ?? kiosk.rotate, views: flags.kiosk.views ?? kiosk.views,
                                      shift: flags.kiosk.shift ?? kiosk.shift, wallSize: flags.kiosk.wallSize ?? kiosk.wallSize),
            city: city, serve: serve, export: export, alerts: alerts)
    }
}
