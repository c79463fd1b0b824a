// Benchmarks for kotacerdas. Run in release mode:
//   swift run -c release kotacerdas-benchmarks [decode] [render] [tabular]
// Each figure is the median of 15 runs (21 for the renders, 7 for the tables, alternating with their
// reference), next to a reference measured in the same run.
//
// Not measured here: CellDiff (the cell diff of two consecutive frames) is internal to
// KotaCerdasTerminal, and `@testable import` is unavailable in a release build.

// `kotacerdas-benchmarks tabular` (or `decode`, `render`) runs one group only.
let groups: [(name: String, run: () -> [Comparison])] = [
    ("decode", { [DecodeBenchmark.run()] }), ("render", RenderBenchmark.run), ("tabular", TabularBenchmark.run),
]
let chosen = Set(CommandLine.arguments.dropFirst())
print("kotacerdas benchmarks (medians of 7, 15 or 21 runs)\n")
for group in groups where chosen.isEmpty || chosen.contains(group.name) {
    for comparison in group.run() {
        print(comparison.report)
        print()
    }
}
