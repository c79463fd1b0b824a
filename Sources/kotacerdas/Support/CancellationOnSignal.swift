import Dispatch
import Foundation

/// Cancels a task when the process receives SIGINT or SIGTERM, so long-running commands
/// without a terminal UI (`serve`) stop cleanly instead of dying mid-write.
final class CancellationOnSignal {
    private let sources: [any DispatchSourceSignal]

    init(cancelling task: Task<Void, any Error>, signals: [Int32] = [SIGINT, SIGTERM]) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
    }

    /// Stops listening; the signals keep being ignored until the process ends.
    func stop() {
        sources.forEach { $0.cancel() }
    }
}
