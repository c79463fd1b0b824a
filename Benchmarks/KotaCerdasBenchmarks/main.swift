// Benchmarks for kotacerdas. Run in release mode:
//   swift run -c release kotacerdas-benchmarks
// Each figure is the median of 15 runs, next to a reference measured in the same run.

print("kotacerdas benchmarks (median of 15 runs)\n")
for comparison in [DecodeBenchmark.run()] {
    print(comparison.report)
    print()
}
