import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// Answering keys on a dimension screen whose indicator table has 20 000 rows: each
/// key is what the dashboard does for it, `update` and then a whole `Screen.render`
/// at 200×60. The budget is one frame at 60 Hz, 16 ms.
///
/// Each run starts from data the screen has never shown (a fresh copy of the
/// indicators), so the first key pays for everything worked out once per document.
enum TableKeysBenchmark {
    static let rows = 20_000
    static let runs = 21

    struct Phase {
        let name: String
        let keys: [Key]
    }

    static let phases = [
        Phase(name: "first ↓ after new data", keys: [.down]),
        Phase(name: "scroll: ↓ ×20, PgDn ×5, End, Home", keys: Array(repeating: .down, count: 20) + Array(repeating: .pageDown, count: 5) + [.end, .home]),
        Phase(name: "filter: / then type \"area 1\"", keys: [.character("/")] + "area 1".map(Key.character)),
        Phase(name: "scroll the filtered table: ↓ ×10, PgDn ×3", keys: Array(repeating: .down, count: 10) + Array(repeating: .pageDown, count: 3)),
        Phase(name: "Esc (clear the filter), s (sort by name)", keys: [.escape, .character("s")]),
        Phase(name: "scroll the sorted table: ↓ ×10, PgDn ×5", keys: Array(repeating: .down, count: 10) + Array(repeating: .pageDown, count: 5)),
    ]

    static func run() -> [String] {
        let document = SyntheticCity.document(indicators: rows)
        var times = [[Double]](repeating: [], count: phases.count)
        var cpuTimes = [[Double]](repeating: [], count: phases.count)
        for _ in 0..<runs {
            var fresh = document
            // New storage, so nothing worked out for an earlier run is found again.
            fresh.dimensions[0].indicators = document.dimensions[0].indicators.map { $0 }
            var state = AppState(document: fresh, now: fresh.asOf!.instant, language: .english,
                                 size: TerminalSize(width: 200, height: 60))
            state.route = .dimension(SyntheticCity.dimensionID)
            _ = Screen.render(state)
            for (index, phase) in phases.enumerated() {
                for key in phase.keys {
                    let cpuStart = processCPUTime()
                    times[index].append(ContinuousClock().measure {
                        _ = update(&state, .input(.key(key)))
                        precondition(Screen.render(state).width == 200)
                    }.seconds)
                    cpuTimes[index].append(processCPUTime() - cpuStart)
                }
            }
        }
        return ["Keys on a dimension screen with \(rows) indicators: update + Screen.render 200×60 per key, \(runs) runs"]
            + phases.indices.map { index in
                let wall = times[index].sorted()
                let cpu = cpuTimes[index].sorted()
                return String(format: "  %@: median %.2f ms (CPU %.2f ms), slowest %.2f ms (CPU %.2f ms) per key, %d keys",
                              phases[index].name, wall[wall.count / 2] * 1e3, cpu[cpu.count / 2] * 1e3,
                              wall.last! * 1e3, cpu.last! * 1e3, wall.count)
            }
    }
}
