/// The stream every provider hands the store: its reading loop runs detached, feeds the
/// stream, and stops when the consumer stops listening.
enum ProviderStream {
    /// Keeps the 16 newest updates: a slow consumer sees the latest news, never a backlog.
    static func start(
        _ loop: @escaping @Sendable (AsyncStream<ProviderUpdate>.Continuation) async -> Void
    ) -> AsyncStream<ProviderUpdate> {
        let (stream, continuation) = AsyncStream.makeStream(of: ProviderUpdate.self, bufferingPolicy: .bufferingNewest(16))
        let task = Task.detached { await loop(continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
