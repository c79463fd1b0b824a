// Benchmarks for kotacerdas. Run in release mode:
//   swift run -c release kotacerdas-benchmarks [decode] [ngsi] [render]   (default: all)
// Each figure is the median of 11 to 21 runs (the renders and the NGSI mapping alternate
// with their reference), next to a reference measured in the same run.
//
// Not measured here: CellDiff (the cell diff of two consecutive frames) is internal to
// KotaCerdasTerminal, and `@testable import` is unavailable in a release build.

let groups: [(name: String, run: () -> [Comparison])] = [
    ("decode", { [DecodeBenchmark.run()] }),
    ("ngsi", { [NGSIBenchmark.run()] }),
    ("render", RenderBenchmark.run),
]
let chosen = Set(CommandLine.arguments.dropFirst())
if let unknown = chosen.first(where: { name in !groups.contains { $0.name == name } }) {
    fatalError("unknown benchmark \"\(unknown)\"; choose from " + groups.map(\.name).joined(separator: ", "))
}
print("kotacerdas benchmarks (medians of 11 to 21 runs)\n")
for group in groups where chosen.isEmpty || chosen.contains(group.name) {
    for comparison in group.run() {
        print(comparison.report)
        print()
    }
}
