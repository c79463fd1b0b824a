// Benchmarks for kotacerdas. Run in release mode:
//   swift build -c release --product kotacerdas-benchmarks
//   .build/release/kotacerdas-benchmarks                  # every group
//   .build/release/kotacerdas-benchmarks tabular          # one group: decode, ngsi, render, keys, tabular
//   .build/release/kotacerdas-benchmarks city FILE...     # stages of big cities, see CityFileBenchmark
//   .build/release/kotacerdas-benchmarks palette FILE...  # keys in the jump palette, see PaletteBenchmark
// Each figure is the median of 7 to 21 runs, most next to a reference measured in the
// same run.
//
// Not measured here: CellDiff (the cell diff of two consecutive frames) is internal to
// KotaCerdasTerminal, and `@testable import` is unavailable in a release build.

import Foundation

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "city" {
    CityFileBenchmark.run(paths: Array(arguments.dropFirst())).forEach { print($0) }
} else if arguments.first == "palette" {
    PaletteBenchmark.run(paths: Array(arguments.dropFirst())).forEach { print($0) }
} else if arguments.first == "polling" {
    // `kotacerdas-benchmarks polling URL…`: the client's CPU per poll of each URL;
    // Benchmarks/scripts/polling-cost.sh runs it against a local endpoint.
    for url in arguments.dropFirst().compactMap(URL.init(string:)) {
        print(await PollingBenchmark.run(url: url, polls: 300))
    }
} else {
    let groups: [(name: String, run: () -> [String])] = [
        ("decode", { [DecodeBenchmark.run().report] }),
        ("ngsi", { [NGSIBenchmark.run().report] }),
        ("render", { RenderBenchmark.run().map(\.report) }),
        ("keys", TableKeysBenchmark.run),
        ("tabular", { TabularBenchmark.run().map(\.report) }),
    ]
    let chosen = Set(arguments)
    if let unknown = chosen.first(where: { name in !groups.contains { $0.name == name } }) {
        fatalError("unknown benchmark \"\(unknown)\"; choose from city, polling, " + groups.map(\.name).joined(separator: ", "))
    }
    print("kotacerdas benchmarks (medians of 7 to 21 runs)\n")
    for group in groups where chosen.isEmpty || chosen.contains(group.name) {
        for report in group.run() {
            print(report)
            print()
        }
    }
}
