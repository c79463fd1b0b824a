import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// Answering keys in the jump palette on big cities (`Benchmarks/scripts/make-city.py`):
/// each key is what the dashboard does for it, `update` and then a whole `Screen.render`
/// at 200×60 with the palette over the home screen. The budget is one frame, 16 ms.
///
/// Each run starts from data the palette has never searched (a fresh copy of the
/// dimensions), so `:` pays for building the index. The reference, measured in the same
/// runs, is a frame of the screen beneath without the palette.
enum PaletteBenchmark {
    static let runs = 7

    struct Phase {
        let name: String
        let keys: [Key]
    }

    static let phases = [
        Phase(name: ": (opens the palette, builds the index)", keys: [.character(":")]),
        Phase(name: "type \"sampah wilayah 19\"", keys: "sampah wilayah 19".map(Key.character)),
        Phase(name: "↓ ×5, PgDn ×2", keys: Array(repeating: .down, count: 5) + [.pageDown, .pageDown]),
        Phase(name: "Backspace ×17 (back to empty)", keys: Array(repeating: .backspace, count: 17)),
        Phase(name: "type \"a\" (every entity matches)", keys: [.character("a")]),
        Phase(name: "type \"kmp\" (scattered)", keys: [.backspace] + "kmp".map(Key.character)),
    ]

    /// The screens the palette is opened over: home, what users see first, and the
    /// sources page, which draws nothing of the city, so the keys there cost the
    /// palette's own work and little else.
    static let bases: [(name: String, keys: [Key])] = [("home", []), ("the sources page", [.character("i")])]

    static func run(paths: [String]) -> [String] {
        var lines: [String] = []
        var typing: [String: [Double]] = [:]
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = DocumentDecoder.decode(try! JSONParser.parse([UInt8](data))).document
            else { fatalError("cannot read a city from \(path)") }
            let entities = document.dimensions.reduce(document.dimensions.count) { $0 + $1.indicators.count + $1.programs.count }
            lines.append(String(format: "%@: %.1f MB, %d entities", path, Double(data.count) / 1e6, entities))
            for base in bases {
                var cpu = [[Double]](repeating: [], count: phases.count)
                var reference: [Double] = []
                for _ in 0..<runs {
                    var fresh = document
                    fresh.dimensions = document.dimensions.map { $0 }
                    var state = AppState(document: fresh, now: fresh.asOf?.instant ?? Date(), language: .indonesian,
                                         size: TerminalSize(width: 200, height: 60))
                    for key in base.keys { _ = update(&state, .input(.key(key))) }
                    let start = processCPUTime()
                    precondition(Screen.render(state).width == 200)
                    reference.append(processCPUTime() - start)
                    for (index, phase) in phases.enumerated() {
                        for key in phase.keys {
                            let start = processCPUTime()
                            _ = update(&state, .input(.key(key)))
                            precondition(Screen.render(state).width == 200)
                            cpu[index].append(processCPUTime() - start)
                        }
                    }
                }
                let frame = median(reference)
                lines.append(String(format: "  over %@ (reference: a frame of it without the palette, %.2f ms)", base.name, frame * 1e3))
                for (index, phase) in phases.enumerated() {
                    let sorted = cpu[index].sorted()
                    lines.append(String(format: "    %@: median %.2f ms CPU (%.2f× the reference), slowest %.2f ms, %d keys",
                                        phase.name, median(sorted) * 1e3, median(sorted) / frame, sorted.last! * 1e3, sorted.count))
                }
                typing[base.name, default: []].append(median(cpu[1]))
            }
        }
        for base in bases where typing[base.name]?.count == 2 {
            let times = typing[base.name]!
            lines.append(String(format: "Typing over %@, second file ÷ first: %.2f", base.name, times[1] / times[0]))
        }
        return ["Keys in the jump palette: update + Screen.render 200×60 per key, CPU time, \(runs) runs"] + lines
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
