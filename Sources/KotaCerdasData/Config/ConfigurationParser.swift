import Foundation
import TOMLKit

/// Reads the TOML config file into a `Configuration`, strictly: unknown keys and wrong
/// types are errors naming the file and the key, and syntax errors the line and column.
///
/// ```toml
/// theme = "dark"
/// language = "id"
///
/// [export]
/// folder = "~/Dokumen/kotacerdas"   # where `e` saves screens
///
/// [kiosk]
/// rotate = "20s"
/// views = ["home", "governance"]
/// shift = "3m"            # burn-in: move the picture one cell this often; "off" or "0" to stop
/// wall-size = "160x45"    # from this terminal size the kiosk's home shows big digits
///
/// [serve]
/// push-token = "env:KOTACERDAS_PUSH_TOKEN"
///
/// [[sources]]
/// location = "https://data.sumenepkab.go.id/kotacerdas.json"
/// interval = "30s"
/// timeout = "10s"
/// max-body = "256MiB"
/// headers = { Authorization = "env:KOTACERDAS_TOKEN" }
///
/// [[sources]]
/// location = "http://broker:1026/v2/entities?type=AirQualityObserved"
/// adapter = "ngsi-v2"
/// [sources.ngsi]          # the adapter's own settings, read by the adapter
/// service = "sumenep"
/// ```
enum ConfigurationParser {
    static func parse(_ text: String, file: String) throws(ConfigurationError) -> Configuration {
        if let (line, column, message) = TOMLAbortCheck.firstAbort(in: text) {
            throw ConfigurationError(file: file, "line \(line), column \(column): \(message)")
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(
                file: file, "line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        } catch {
            throw ConfigurationError(file: file, "not valid TOML")
        }
        let reader = TableReader(root, path: "", file: file)
        try reader.allowOnly(["sources", "theme", "language", "kiosk", "city", "serve", "export", "alerts"])
        var configuration = Configuration(theme: try reader.string("theme"), language: try reader.string("language"))
        if let city = try reader.table("city") {
            try city.allowOnly(["id", "name", "province", "timezone", "framework"])
            configuration.city = CityConfiguration(
                id: try city.string("id"), name: try city.string("name"), province: try city.string("province"),
                timezone: try city.string("timezone"), framework: try city.string("framework"))
        }
        if let kiosk = try reader.table("kiosk") {
            configuration.kiosk = try KioskConfiguration.parse(kiosk)
        }
        if let serve = try reader.table("serve") {
            try serve.allowOnly(["push-token", "push-max-body"])
            configuration.serve.pushToken = try serve.string("push-token").map(SecretSetting.init(text:))
            if let bytes = try serve.byteCount("push-max-body") { configuration.serve.pushMaxBody = bytes }
        }
        if let export = try reader.table("export") {
            try export.allowOnly(["folder"])
            if let text = try export.string("folder") {
                guard let folder = ExportConfiguration.folder(text, home: NSHomeDirectory()) else {
                    throw export.error("folder", "must be an absolute path or start with ~/, found \"\(text)\"")
                }
                configuration.export.folder = folder
            }
        }
        if let alerts = try reader.table("alerts") { configuration.alerts = try AlertConfiguration.read(alerts) }
        configuration.sources = try reader.tables("sources").map { (source) throws(ConfigurationError) in
            try parseSource(source)
        }
        return configuration
    }

    private static func parseSource(_ reader: TableReader) throws(ConfigurationError) -> SourceConfiguration {
        try reader.allowOnly(Set(["location", "interval", "timeout", "max-body", "headers", "adapter"]).union(AdapterKind.optionsKeys))
        guard let location = try reader.string("location") else { throw reader.error("location", "is required") }
        var spec: SourceSpec
        do {
            spec = try SourceSpec.parse(location)
        } catch {
            throw reader.error("location", error.reason)
        }
        if let interval = try reader.duration("interval", in: .interval) { spec.interval = interval }
        var source = SourceConfiguration(spec: spec)
        if let name = try reader.string("adapter") {
            guard let kind = AdapterKind(rawValue: name) else {
                throw reader.error("adapter", "unknown adapter \"\(name)\"; expected one of "
                    + AdapterKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let prefixed = spec.adapter, prefixed != kind {
                throw reader.error("adapter", "\"\(name)\" contradicts the location's prefix \"\(prefixed.rawValue)+\"")
            }
            source.adapter = kind
        }
        for key in AdapterKind.optionsKeys.sorted() {
            guard let table = try reader.json(key) else { continue }
            guard source.adapterKind.optionsKey == key else {
                throw reader.error(key, "belongs to another adapter; this source is read by \"\(source.adapterKind.rawValue)\"")
            }
            source.adapterOptions = AdapterOptions(table, path: reader.name(of: key), file: reader.file)
        }
        if let timeout = try reader.duration("timeout", in: .timeout) { source.timeout = timeout }
        if let bytes = try reader.byteCount("max-body") { source.maxBodyBytes = bytes }
        if let headers = try reader.table("headers") {
            source.headers = try headers.keys.map { (name) throws(ConfigurationError) in
                guard let text = try headers.string(name) else { throw headers.error(name, "must be a string") }
                return HeaderSetting(name: name, text: text)
            }
        }
        return source
    }
}
