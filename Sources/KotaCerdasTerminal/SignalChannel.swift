import CNcursesw
import Glibc

/// Signals delivered as readable data on a signalfd, so they wait in the same `poll()` as input.
final class SignalChannel {
    let descriptor: Int32

    /// Opens a channel for `signals`, which must already be blocked in the reading thread.
    init(signals: [Int32]) throws(TerminalError) {
        var set = Self.signalSet(signals)
        let descriptor = signalfd(-1, &set, Int32(SFD_CLOEXEC | SFD_NONBLOCK))
        guard descriptor >= 0 else { throw .systemCall(name: "signalfd", errno: errno) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Blocks `signals` in the calling thread; threads started afterwards inherit the mask.
    static func block(_ signals: [Int32]) {
        var set = signalSet(signals)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// The signal numbers received since the last call, in arrival order.
    func drain() -> [Int32] {
        var received: [Int32] = []
        var info = signalfd_siginfo()
        let size = MemoryLayout<signalfd_siginfo>.size
        while read(descriptor, &info, size) == size {
            received.append(Int32(info.ssi_signo))
        }
        return received
    }

    private static func signalSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals {
            sigaddset(&set, signal)
        }
        return set
    }
}
