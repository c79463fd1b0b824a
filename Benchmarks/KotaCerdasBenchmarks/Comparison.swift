/// A measured operation next to a reference measured in the same process, so the ratio
/// stays meaningful on a faster or busier machine.
struct Comparison {
    let subject: Measurement
    let reference: Measurement
    /// Extra lines for reading the figures, e.g. how much work each side did.
    var notes: [String] = []

    var ratio: Double { subject.median / reference.median }

    var report: String {
        ([
            subject.name,
            "  median \(format(subject.median)) (fastest \(format(subject.runs.first ?? 0)), slowest \(format(subject.runs.last ?? 0)))",
            "  reference: \(reference.name): median \(format(reference.median))"
                + " (fastest \(format(reference.runs.first ?? 0)), slowest \(format(reference.runs.last ?? 0)))",
            "  ratio: \(String(format: "%.2f", ratio))× the reference",
        ] + notes.map { "  " + $0 }).joined(separator: "\n")
    }

    private func format(_ seconds: Double) -> String {
        if seconds >= 1e-3 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }
}

extension Comparison {
    /// Measures `subject` and `reference` in alternating runs, so a burst of load from
    /// another process on a shared machine falls on both alike and the ratio holds.
    static func interleaved(
        _ subjectName: String, _ subject: () -> Void,
        against referenceName: String, _ reference: () -> Void,
        runs: Int = 21, iterations: Int
    ) -> Comparison {
        subject() // warm caches and lazy initialisation outside the timed runs
        reference()
        var subjectRuns: [Double] = []
        var referenceRuns: [Double] = []
        for _ in 0..<runs {
            subjectRuns.append(Measurement.time(iterations, subject))
            referenceRuns.append(Measurement.time(iterations, reference))
        }
        return Comparison(
            subject: Measurement(name: subjectName, perIteration: subjectRuns),
            reference: Measurement(name: referenceName, perIteration: referenceRuns))
    }
}
