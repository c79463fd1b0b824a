import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// States for tests: the fixture city (or a bundled sample) at its own `asOf` time.
enum TestState {
    static let fixture: CityDocument = {
        guard let document = DocumentSource.decode(Array(ScreenFixture.json.utf8)).document else {
            fatalError("the screen fixture must be valid")
        }
        return document
    }()

    /// The bundled sample called `name` and its JSON text, when this build has it.
    static func sample(_ name: String) -> (document: CityDocument, json: String)? {
        guard let path = BundledSamples.path(of: name), let bytes = try? DocumentSource.read(path: path),
              let document = DocumentSource.decode(bytes).document else { return nil }
        return (document, String(decoding: bytes, as: UTF8.self))
    }

    static func make(
        _ document: CityDocument = fixture, width: Int = 120, height: Int = 40, language: Language = .indonesian,
        route: Route = .home, glyphMode: GlyphMode = .unicode
    ) -> AppState {
        let now = document.asOf?.instant ?? Date(timeIntervalSince1970: 0)
        var state = AppState(
            document: document,
            sources: [SourceStatus(id: "test", kind: .file, location: "test.json", lastSuccess: now)],
            now: now, language: language, themeNames: ["default", "light", "mono"], glyphMode: glyphMode,
            size: TerminalSize(width: width, height: height))
        state.route = route
        return state
    }
}
