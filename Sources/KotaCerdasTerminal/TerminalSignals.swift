import Glibc

/// The signals the event loop reads from a signalfd: stop requests and terminal resizes.
public enum TerminalSignals {
    /// SIGINT, SIGTERM, SIGHUP and SIGWINCH.
    public static let all = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

    /// Blocks the terminal signals so they queue for the event loop instead of killing the
    /// process. Call it first thing in `main`, before any thread or task starts: threads
    /// inherit the mask, and a thread without it would take the signal its default way.
    public static func block() {
        SignalChannel.block(all)
    }
}
