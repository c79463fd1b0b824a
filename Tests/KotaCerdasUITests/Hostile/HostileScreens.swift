import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// Every screen of a document, drawn the way `snapshot` draws it, for tests that hold
/// all of them to the same rules whatever the data says.
struct HostileFrame {
    let route: Route
    let language: Language
    let buffer: CellBuffer
    let ansi: String

    var plain: String { buffer.plainText }
    var label: String { "\(route) \(language.rawValue) \(buffer.width)x\(buffer.height)" }

    /// The ANSI text without the colour escapes the renderer writes itself: whatever
    /// control is left came from the data.
    var ansiWithoutRendererEscapes: String {
        ansi.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}

enum HostileScreens {
    /// The JSON text of `document` decoded, failing loudly when it does not decode.
    static func document(_ json: String) -> CityDocument {
        let result = DocumentDecoder.decode(bytes: Array(json.utf8))
        guard let document = result.document else {
            fatalError("the hostile document must decode: \(result.errors)")
        }
        return document
    }

    /// Home, help, sources and every dimension, indicator and programme of `document`,
    /// in both languages, at each size.
    static func frames(
        of document: CityDocument, sizes: [(Int, Int)] = [(120, 40), (80, 24)], glyphMode: GlyphMode = .unicode
    ) -> [HostileFrame] {
        var routes: [Route] = [.home, .help, .sources]
        for dimension in document.dimensions {
            routes.append(.dimension(dimension.id))
            routes += dimension.indicators.map { .indicator(dimensionID: dimension.id, id: $0.id) }
            routes += dimension.programs.map { .program(dimensionID: dimension.id, id: $0.id) }
        }
        let now = document.asOf?.instant ?? Date(timeIntervalSince1970: 1_793_440_800)
        var frames: [HostileFrame] = []
        for (width, height) in sizes {
            for language in [Language.indonesian, .english] {
                for route in routes {
                    var state = AppState(
                        document: document,
                        sources: [SourceStatus(id: "hostile", kind: .file, location: "hostile.json", lastSuccess: now)],
                        now: now, language: language, glyphMode: glyphMode, size: TerminalSize(width: width, height: height))
                    state.route = route
                    let buffer = Screen.render(state)
                    frames.append(HostileFrame(
                        route: route, language: language, buffer: buffer, ansi: AnsiRenderer(theme: .fallback).render(buffer)))
                }
            }
        }
        return frames
    }

    /// C0 and C1 controls, DEL and bidi controls: what may never reach a terminal from data.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Problems with a frame whatever the data: a control from the data, or a line that
    /// is not exactly as wide as the screen (text spilling past its place).
    static func problems(in frame: HostileFrame) -> [String] {
        var problems: [String] = []
        let plainControls = controls(in: frame.plain)
        if !plainControls.isEmpty { problems.append("controls in the frame: \(plainControls)") }
        let ansiControls = controls(in: frame.ansiWithoutRendererEscapes)
        if !ansiControls.isEmpty { problems.append("controls in the ANSI text: \(ansiControls)") }
        let lines = frame.plain.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != frame.buffer.height { problems.append("\(lines.count) lines") }
        for (index, line) in lines.enumerated() where line.displayWidth != frame.buffer.width {
            problems.append("line \(index + 1) is \(line.displayWidth) columns wide")
        }
        return problems
    }
}
