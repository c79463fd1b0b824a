import CNcursesw
import Glibc
import Synchronization

/// Where other threads and tasks leave messages for the event loop, waking it through an eventfd.
///
/// Post from a `Task.detached` or any thread: a plain `Task {}` in top-level code runs on
/// the main actor, which is blocked in `poll()` while the loop waits.
public final class Mailbox<Message: Sendable>: Sendable {
    /// The eventfd that becomes readable while messages wait.
    let descriptor: Int32
    private let pending = Mutex<[Message]>([])

    public init() throws(TerminalError) {
        let descriptor = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        guard descriptor >= 0 else { throw .systemCall(name: "eventfd", errno: errno) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Queues `message` and wakes the loop.
    public func post(_ message: Message) {
        pending.withLock { $0.append(message) }
        var one: UInt64 = 1
        // Only fails when the counter would overflow, and then the loop is already woken.
        _ = write(descriptor, &one, MemoryLayout<UInt64>.size)
    }

    /// Takes every queued message, oldest first, and clears the wake-up.
    ///
    /// The counter is reset before the queue is taken, so a message posted in between
    /// leaves the descriptor readable rather than being stranded.
    func take() -> [Message] {
        var counter: UInt64 = 0
        _ = read(descriptor, &counter, MemoryLayout<UInt64>.size)
        return pending.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}
