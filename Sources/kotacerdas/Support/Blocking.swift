import Dispatch
import Foundation

/// Runs async work to completion from synchronous code, blocking the calling thread.
///
/// The program's entry point stays synchronous on purpose: an async `main` hands the
/// main thread to libdispatch, which parks it in `sigsuspend` with every signal
/// unblocked, and then SIGINT/SIGTERM/SIGWINCH reach curses' own handlers instead of
/// the dashboard's signalfd.
enum Blocking {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let outcome = Outcome<Value>()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                outcome.set(.success(try await work()))
            } catch {
                outcome.set(.failure(error))
            }
            finished.signal()
        }
        finished.wait()
        return try outcome.get()
    }

    /// The result handed from the task to the waiting thread; the semaphore orders the
    /// write before the read, the lock makes that visible to the checker.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Value, any Error>?

        func set(_ result: Result<Value, any Error>) {
            lock.withLock { self.result = result }
        }

        func get() throws -> Value {
            guard let result = lock.withLock({ self.result }) else {
                preconditionFailure("read before the task finished")
            }
            return try result.get()
        }
    }
}
