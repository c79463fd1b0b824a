// Benchmarks for kotacerdas. Run in release mode:
//   swift build -c release --product kotacerdas-benchmarks
//   .build/release/kotacerdas-benchmarks                 # the standard set
//   .build/release/kotacerdas-benchmarks city FILE...    # stages of big cities, see CityFileBenchmark
// Each figure is the median of 15 or 21 runs, most next to a reference measured in the
// same run.
//
// Not measured here: CellDiff (the cell diff of two consecutive frames) is internal to
// KotaCerdasTerminal, and `@testable import` is unavailable in a release build.

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "city" {
    CityFileBenchmark.run(paths: Array(arguments.dropFirst())).forEach { print($0) }
} else {
    print("kotacerdas benchmarks (medians of 15 or 21 runs)\n")
    for comparison in [DecodeBenchmark.run()] + RenderBenchmark.run() {
        print(comparison.report)
        print()
    }
    TableKeysBenchmark.run().forEach { print($0) }
}
