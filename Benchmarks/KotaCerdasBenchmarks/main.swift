// Benchmarks for kotacerdas. Run in release mode:
//   swift run -c release kotacerdas-benchmarks
// Each figure is the median of 15 runs (21 for the renders, alternating with their
// reference), next to a reference measured in the same run.
//
// Not measured here: CellDiff (the cell diff of two consecutive frames) is internal to
// KotaCerdasTerminal, and `@testable import` is unavailable in a release build.

//
// `kotacerdas-benchmarks polling URL…` measures the client's CPU per poll of each URL
// instead; Benchmarks/scripts/polling-cost.sh runs it against a local endpoint.

import Foundation

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "polling" {
    for url in arguments.dropFirst().compactMap(URL.init(string:)) {
        print(await PollingBenchmark.run(url: url, polls: 300))
    }
    exit(0)
}

print("kotacerdas benchmarks (medians of 15 or 21 runs)\n")
for comparison in [DecodeBenchmark.run()] + RenderBenchmark.run() {
    print(comparison.report)
    print()
}
