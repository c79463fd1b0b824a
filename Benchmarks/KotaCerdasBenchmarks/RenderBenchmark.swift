import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasUI

/// Drawing whole frames of the bundled Sumenep sample with `Screen.render`, against the
/// bare minimum any frame of the same size costs: filling a fresh `CellBuffer` of that
/// size with one line of text per row through the same public `put` API.
enum RenderBenchmark {
    static func run() -> [Comparison] {
        let document = sumenep()
        return [
            compare("home", route: .home, width: 200, height: 60, document: document, iterations: 20),
            compare("dimension governance", route: .dimension("governance"), width: 120, height: 40,
                    document: document, iterations: 40),
        ]
    }

    /// The sample, read and decoded once; the timed work is drawing only.
    static func sumenep() -> CityDocument {
        guard let path = BundledSamples.path(of: "sumenep"), let bytes = try? FileReader.read(path: path),
              let document = DocumentDecoder.decode(bytes: bytes).document else {
            fatalError("the bundled Sumenep sample is missing; build the package first")
        }
        return document
    }

    /// A state like `kotacerdas snapshot --view <route>` builds: the clock at the data's
    /// asOf time, English, the default theme, Unicode glyphs.
    static func state(_ route: Route, width: Int, height: Int, document: CityDocument) -> AppState {
        var state = AppState(
            document: document, sources: [],
            now: document.asOf?.instant ?? Date(timeIntervalSince1970: 0),
            language: .english, size: TerminalSize(width: width, height: height))
        state.route = route
        return state
    }

    private static func compare(
        _ name: String, route: Route, width: Int, height: Int, document: CityDocument, iterations: Int
    ) -> Comparison {
        let state = state(route, width: width, height: height, document: document)
        var comparison = Comparison.interleaved(
            "Screen.render \(name) \(width)×\(height) (sumenep)", {
                let frame = Screen.render(state)
                precondition(frame.width == width)
            },
            against: "fill \(width)×\(height) CellBuffer: \(height) lines × put", fill(width: width, height: height),
            iterations: iterations)
        // The reference writes text into every cell; a screen leaves many blank. Per
        // drawn cell the two are comparable.
        let drawn = Screen.render(state).plainText.filter { $0 != " " && $0 != "\n" }.count
        let cells = width * height
        comparison.notes = [String(
            format: "the frame has %d non-blank cells of %d: %.0f ns per non-blank cell, the reference %.0f ns per cell",
            drawn, cells, comparison.subject.median / Double(drawn) * 1e9, comparison.reference.median / Double(cells) * 1e9)]
        return comparison
    }

    /// The reference: one full-width line of plain text on every row of a fresh buffer,
    /// through `put`.
    static func fill(width: Int, height: Int) -> () -> Void {
        let words = "Kabupaten Sumenep indikator kota cerdas 42,5 % target 3,2 "
        let line = String(String(repeating: words, count: width / words.count + 1).prefix(width))
        return {
            var buffer = CellBuffer(width: width, height: height)
            for y in 0..<height { buffer.put(line, at: Point(x: 0, y: y)) }
            precondition(buffer.width == width)
        }
    }
}
