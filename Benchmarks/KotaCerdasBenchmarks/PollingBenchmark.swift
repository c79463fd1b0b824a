import Foundation
import Glibc
import KotaCerdasData

/// The client's CPU time per poll of an HTTP source, `HTTPProvider` end to end: request,
/// transfer, decoding and mapping to the domain. The endpoint runs in another process
/// (`Benchmarks/scripts/polling-cost.sh` starts it), so its own CPU is not counted.
enum PollingBenchmark {
    /// Polls `url` every 10 ms, `polls` times after one warm-up read, and reports.
    static func run(url: URL, polls: Int) async -> String {
        let provider = HTTPProvider(url: url, interval: 0.01)
        var outcomes: [String: Int] = [:]
        var started: (cpu: Double, wall: ContinuousClock.Instant)?
        var counted = 0
        for await update in provider.updates() {
            guard let start = started else {
                started = (cpuSeconds(), .now)
                continue
            }
            outcomes[name(update), default: 0] += 1
            counted += 1
            guard counted == polls else { continue }
            let cpu = cpuSeconds() - start.cpu
            let wall = (ContinuousClock.now - start.wall).seconds
            let kinds = outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return String(format: "%@: %d polls (%@) in %.2f s; client CPU %.2f ms per poll (user + system)",
                          url.absoluteString, polls, kinds, wall, cpu / Double(polls) * 1000)
        }
        return "\(url.absoluteString): the stream ended early"
    }

    private static func name(_ update: ProviderUpdate) -> String {
        switch update {
        case .document, .adapted: return "changed"
        case .unchanged: return "unchanged"
        case .failure(let message, _): return "failed (\(message))"
        }
    }

    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
