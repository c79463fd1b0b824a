import Foundation
import KotaCerdasCore

/// Turns configured sources into providers; the one place that knows which kind is which.
public enum ProviderFactory {
    /// One provider per source, in order.
    public static func makeProviders(
        for sources: [SourceConfiguration], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> [any DataProvider] {
        try sources.map { (source) throws(ConfigurationError) in try makeProvider(for: source, environment: environment) }
    }

    public static func makeProvider(
        for source: SourceConfiguration, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> any DataProvider {
        let adapter = try source.adapterKind.makeAdapter(options: source.adapterOptions)
        switch source.spec.location {
        case .file(let path):
            return FileProvider(
                path: path, pollInterval: source.spec.interval, adapter: adapter, sizeLimit: source.maxBodyBytes,
                id: source.spec.id)
        case .http(let url):
            let headers = try source.headers.map { (header) throws(ConfigurationError) in
                try header.resolve(environment: environment)
            }
            let options = HTTPOptions(timeout: source.timeout, maxBodyBytes: source.maxBodyBytes, headers: headers)
            return HTTPProvider(
                url: url, interval: source.spec.effectiveInterval ?? SourceSpec.defaultHTTPInterval, options: options,
                adapter: adapter, id: source.spec.id)
        }
    }

    /// The sample city shipped in the binary, read as a file of kind `.bundled`.
    public static func bundledSample(named name: String = BundledSamples.defaultName) throws(ConfigurationError) -> FileProvider {
        guard let path = BundledSamples.path(of: name) else {
            throw ConfigurationError(file: nil, "no bundled sample named \"\(name)\"; available: "
                + BundledSamples.names.joined(separator: ", "))
        }
        return FileProvider(path: path, kind: .bundled)
    }
}
