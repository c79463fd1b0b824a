import Foundation
import KotaCerdasCore
import KotaCerdasData
@testable import KotaCerdasUI

/// The bundled multi-city samples as the store would hand them over: every file of the
/// sample (`jawa-timur` is Sumenep plus a collection of three more), each city once.
enum CitySamples {
    static func cities(_ name: String) -> [CityDocument]? {
        guard let paths = BundledSamples.paths(of: name) else { return nil }
        var cities: [CityDocument] = []
        for path in paths {
            guard let bytes = try? FileReader.read(path: path), let documents = CityCollection.decode(bytes: bytes).documents else {
                return nil
            }
            cities += documents
        }
        return cities
    }

    /// A state showing `cities` as the dashboard starts with them: the cities view.
    static func state(
        _ cities: [CityDocument], width: Int = 120, height: Int = 40, language: Language = .english
    ) -> AppState {
        let now = cities.compactMap(\.asOf).max()?.instant ?? Date(timeIntervalSince1970: 0)
        return AppState(
            document: nil, sources: [SourceStatus(id: "test", kind: .file, location: "test.json", lastSuccess: now)],
            now: now, language: language, themeNames: ["default"], size: TerminalSize(width: width, height: height),
            cities: cities)
    }
}
