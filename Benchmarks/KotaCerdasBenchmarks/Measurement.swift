/// Times a piece of work: several runs of many iterations, summarised by the median, so
/// one slow run (another process, a page fault) does not move the figure.
struct Measurement {
    let name: String
    /// Median time of one iteration, in seconds.
    let median: Double
    let runs: [Double]

    static func measure(_ name: String, runs: Int = 15, iterations: Int, _ work: () -> Void) -> Measurement {
        let clock = ContinuousClock()
        work() // warm caches and lazy initialisation outside the timed runs
        var perIteration: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure {
                for _ in 0..<iterations { work() }
            }
            perIteration.append(elapsed.seconds / Double(iterations))
        }
        let sorted = perIteration.sorted()
        return Measurement(name: name, median: sorted[sorted.count / 2], runs: sorted)
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
