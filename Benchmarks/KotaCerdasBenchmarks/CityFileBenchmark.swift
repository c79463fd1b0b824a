import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// Each stage of showing a city file, timed on its own, for files of different sizes
/// (made by `Benchmarks/scripts/make-city.py`): how the time of every stage grows with
/// the data. Linear growth shows as a time ratio equal to the size ratio.
enum CityFileBenchmark {
    struct Stages {
        let bytes: Int
        let indicators: Int
        var seconds: [String: Double] = [:]
    }

    /// The median CPU time of `runs` runs of the part of `run` it passes to its timer.
    private static func median(_ runs: Int, _ run: (_ time: (() -> Void) -> Void) -> Void) -> Double {
        var seconds: [Double] = []
        for _ in 0...runs { // one more: the first warms caches and lazy initialisation
            run { work in
                let start = processCPUTime()
                work()
                seconds.append(processCPUTime() - start)
            }
        }
        return Measurement(name: "", perIteration: Array(seconds.dropFirst())).median
    }

    static let stageNames = ["parse", "decode", "render home", "render first dimension"]

    static func run(paths: [String], runs: Int = 5) -> [String] {
        var lines: [String] = []
        var all: [Stages] = []
        for path in paths {
            // Read directly: the benchmark measures files beyond the loader's size limit too.
            guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
            let bytes = [UInt8](data)
            let json = try! JSONParser.parse(bytes)
            guard let document = DocumentDecoder.decode(json).document else { fatalError("\(path) is not a valid city") }
            var stages = Stages(bytes: bytes.count, indicators: document.dimensions.map(\.indicators.count).reduce(0, +))
            let home = RenderBenchmark.state(.home, width: 200, height: 60, document: document)
            let dimension = RenderBenchmark.state(.dimension(document.dimensions[0].id), width: 200, height: 60, document: document)
            // Each stage gets fresh input made outside the timing, and its result is freed
            // outside it too; the decode gets a fresh parse so nothing decoded earlier is
            // remembered (see DimensionMemo).
            stages.seconds["parse"] = median(runs) { time in
                var parsed: JSONValue?
                time { parsed = try? JSONParser.parse(bytes) }
                precondition(parsed != nil)
            }
            stages.seconds["decode"] = median(runs) { time in
                let fresh = try! JSONParser.parse(bytes)
                var result: DocumentDecoder.Result?
                time { result = DocumentDecoder.decode(fresh) }
                precondition(result?.document != nil)
            }
            stages.seconds["render home"] = median(runs) { time in time { precondition(Screen.render(home).width == 200) } }
            stages.seconds["render first dimension"] = median(runs) { time in
                time { precondition(Screen.render(dimension).width == 200) }
            }
            lines.append(String(format: "%@: %.1f MB, %d indicators", path, Double(bytes.count) / 1e6, stages.indicators))
            for name in stageNames {
                let seconds = stages.seconds[name]!
                lines.append(String(format: "  %@ %9.2f ms CPU (%.1f MB/s)", name.padding(toLength: 24, withPad: " ", startingAt: 0), seconds * 1e3,
                                    Double(bytes.count) / 1e6 / seconds))
            }
            all.append(stages)
        }
        for (small, large) in zip(all, all.dropFirst()) {
            let sizeRatio = Double(large.bytes) / Double(small.bytes)
            lines.append(String(format: "growth from %.1f MB to %.1f MB (×%.2f the bytes, ×%.2f the indicators):",
                                Double(small.bytes) / 1e6, Double(large.bytes) / 1e6, sizeRatio,
                                Double(large.indicators) / Double(small.indicators)))
            for name in stageNames {
                lines.append(String(format: "  %@ ×%.2f the CPU time", name.padding(toLength: 24, withPad: " ", startingAt: 0), large.seconds[name]! / small.seconds[name]!))
            }
        }
        return lines
    }
}
