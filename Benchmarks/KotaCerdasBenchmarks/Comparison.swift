/// A measured operation next to a reference measured in the same process, so the ratio
/// stays meaningful on a faster or busier machine.
struct Comparison {
    let subject: Measurement
    let reference: Measurement

    var ratio: Double { subject.median / reference.median }

    var report: String {
        """
        \(subject.name)
          median \(format(subject.median)) (fastest \(format(subject.runs.first ?? 0)), slowest \(format(subject.runs.last ?? 0)))
          reference: \(reference.name): median \(format(reference.median))
          ratio: \(String(format: "%.2f", ratio))× the reference
        """
    }

    private func format(_ seconds: Double) -> String {
        if seconds >= 1e-3 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }
}
