import Glibc

/// A request from outside to stop: the app should finish cleanly so the terminal is restored.
public enum TerminationSignal: Sendable, Equatable {
    /// SIGINT, usually Ctrl-C.
    case interrupt
    /// SIGTERM, as sent by `kill` or a service manager.
    case terminate
    /// SIGHUP or end of input: the terminal has gone away.
    case hangup

    init?(signal: Int32) {
        switch signal {
        case SIGINT: self = .interrupt
        case SIGTERM: self = .terminate
        case SIGHUP: self = .hangup
        default: return nil
        }
    }

    /// The signal number this case stands for.
    public var signal: Int32 {
        switch self {
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        case .hangup: SIGHUP
        }
    }

    /// The shell's convention for a process ended by this signal: 128 plus its number.
    public var exitCode: Int32 { 128 + signal }
}
