import Synchronization

/// Hands the newest value to any number of subscribers. Each keeps only the newest
/// unread value, so a slow consumer skips values instead of making memory grow.
final class Broadcast<Element: Sendable>: Sendable {
    private struct State {
        var latest: Element?
        var subscribers: [Int: AsyncStream<Element>.Continuation] = [:]
        var nextID = 0
        var finished = false
    }

    private let state = Mutex(State())

    /// A stream starting with the current value, if any, then every new one.
    func subscribe() -> AsyncStream<Element> {
        let (stream, continuation) = AsyncStream.makeStream(of: Element.self, bufferingPolicy: .bufferingNewest(1))
        let id = state.withLock { state in
            if let latest = state.latest { continuation.yield(latest) }
            if state.finished { continuation.finish() }
            state.nextID += 1
            state.subscribers[state.nextID] = continuation
            return state.nextID
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    func publish(_ value: Element) {
        let subscribers = state.withLock { state in
            state.latest = value
            return Array(state.subscribers.values)
        }
        subscribers.forEach { $0.yield(value) }
    }

    /// Ends every stream; later subscribers get the last value and an end.
    func finish() {
        let subscribers = state.withLock { state in
            state.finished = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        subscribers.forEach { $0.finish() }
    }
}
