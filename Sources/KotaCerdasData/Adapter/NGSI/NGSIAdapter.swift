import Foundation
import KotaCerdasCore

/// Reads a FIWARE context broker — NGSI v2 (Orion) or NGSI-LD (Orion-LD, Scorpio,
/// Stellio) — page by page, and maps its KeyPerformanceIndicator entities to indicators
/// one by one and its observed entities (air and water quality, traffic, parking, waste)
/// to city-wide aggregates. Configured by the source's `[sources.ngsi]` table (`NGSISettings`).
public struct NGSIAdapter: SourceAdapter {
    public let dialect: NGSIDialect
    let settings: NGSISettings

    public init(dialect: NGSIDialect, options: AdapterOptions? = nil) throws(ConfigurationError) {
        self.dialect = dialect
        settings = try NGSISettings(options, dialect: dialect)
    }

    public var name: String { dialect.displayName }

    /// `Accept: application/json` (NGSI-LD then answers without an `@context` in every
    /// entity) and the configured tenancy and `Link` headers.
    public var requestHeaders: [RequestHeader] {
        [RequestHeader(name: "Accept", value: "application/json")] + settings.headers
    }

    public func makeRead() -> any AdapterRead {
        NGSIRead(dialect: dialect, settings: settings)
    }
}
