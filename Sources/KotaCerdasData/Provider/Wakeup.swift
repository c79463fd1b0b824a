import Synchronization

/// Lets a provider's loop sleep until its next turn or until someone asks for a read now.
///
/// A ring that arrives while nobody waits is kept, so a refresh during a read is not lost.
final class Wakeup: Sendable {
    private struct State {
        var pending = false
        var waiter: (id: Int, continuation: CheckedContinuation<Void, Never>)?
        var nextID = 0
    }

    private let state = Mutex(State())

    /// Wakes the waiting loop, or the next one to wait.
    func ring() {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                state.pending = true
                return nil as CheckedContinuation<Void, Never>?
            }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume()
    }

    /// Suspends until rung, cancelled, or `timeout` seconds have passed (nil: no timeout).
    /// - Returns: true when woken by a ring.
    @discardableResult
    func wait(timeout: Double?) async -> Bool {
        // No timer at all when none is needed: even a long sleep keeps a runtime timer
        // thread waking every second, which an idle wall display should not pay for.
        guard let timeout else { return await waitForRing() }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                try? await Task.sleep(for: .clampedSeconds(timeout))
                return false
            }
            group.addTask { await self.waitForRing() }
            let first = await group.next() ?? false
            group.cancelAll()
            return first && !Task.isCancelled
        }
    }

    private func waitForRing() async -> Bool {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.pending {
                        state.pending = false
                        return true
                    }
                    if Task.isCancelled { return true }
                    state.waiter = (id, continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                guard let waiter = state.waiter, waiter.id == id else { return nil as CheckedContinuation<Void, Never>? }
                state.waiter = nil
                return waiter.continuation
            }
            waiter?.resume()
        }
        return !Task.isCancelled
    }
}
