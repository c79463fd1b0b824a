import Foundation
import KotaCerdasCore

/// Loads the city data for `snapshot`: each source is a file path or the name of a
/// bundled sample. Kept in one place so the live data layer can replace it whole.
enum SnapshotSources {
    /// Why the data could not be loaded: one line per problem, `file: place: message`.
    struct Failure: Error {
        let lines: [String]
    }

    /// The merged document and one health entry per source, all loaded at `loadedAt`.
    static func load(_ sources: [String], loadedAt: Date?) throws(Failure) -> (CityDocument, [SourceStatus]) {
        var merged: CityDocument?
        var statuses: [SourceStatus] = []
        var problems: [String] = []
        for source in sources.isEmpty ? [BundledSamples.defaultName] : sources {
            let isSample = !FileManager.default.fileExists(atPath: source) && BundledSamples.names.contains(source)
            guard let path = isSample ? BundledSamples.path(of: source) : source else {
                problems.append("\(source): bundled sample is missing from this build")
                continue
            }
            let bytes: [UInt8]
            do {
                bytes = try DocumentSource.read(path: path)
            } catch {
                problems.append(error.description)
                continue
            }
            let result = DocumentSource.decode(bytes)
            guard let document = result.document else {
                problems += result.errors.map { "\(source): \($0)" }
                continue
            }
            merged = merged.map { merge(document, into: $0) } ?? document
            statuses.append(SourceStatus(id: path, kind: isSample ? .bundled : .file, location: source,
                                         lastSuccess: loadedAt ?? document.asOf?.instant))
        }
        guard problems.isEmpty, let merged else { throw Failure(lines: problems) }
        return (merged, statuses)
    }

    /// Later sources add dimensions, or replace those with the same id.
    private static func merge(_ document: CityDocument, into base: CityDocument) -> CityDocument {
        var result = base
        for dimension in document.dimensions {
            if let index = result.dimensions.firstIndex(where: { $0.id == dimension.id }) {
                result.dimensions[index] = dimension
            } else {
                result.dimensions.append(dimension)
            }
        }
        result.isDemo = result.isDemo || document.isDemo
        return result
    }
}
