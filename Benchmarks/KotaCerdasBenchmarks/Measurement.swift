import Foundation

/// Times a piece of work: several runs of many iterations, summarised by the median, so
/// one slow run (another process, a page fault) does not move the figure.
struct Measurement {
    let name: String
    /// Median time of one iteration, in seconds.
    let median: Double
    let runs: [Double]

    init(name: String, perIteration: [Double]) {
        let sorted = perIteration.sorted()
        self.name = name
        median = sorted[sorted.count / 2]
        runs = sorted
    }

    static func measure(_ name: String, runs: Int = 15, iterations: Int, _ work: () -> Void) -> Measurement {
        work() // warm caches and lazy initialisation outside the timed runs
        return Measurement(name: name, perIteration: (0..<runs).map { _ in time(iterations, work) })
    }

    /// Seconds per iteration of one run of `iterations` iterations.
    static func time(_ iterations: Int, _ work: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure {
            for _ in 0..<iterations { work() }
        }
        return elapsed.seconds / Double(iterations)
    }
}

/// CPU seconds this process has used so far, all threads. On a shared machine a
/// process waits for a core as often as it runs, and only its CPU time stays comparable.
func processCPUTime() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
