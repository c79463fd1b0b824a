/// Why the terminal could not be used, with the message to print and the exit code to use.
///
/// Exit codes (1 and 2 stay free for general and usage errors):
/// - 3: `TERM` is not set
/// - 4: `TERM` names a terminal type without a terminfo entry
/// - 5: standard output is not a terminal
/// - 6: standard input is not a terminal
/// - 7: a system call the event loop needs failed (eventfd, signalfd)
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case noTerminalType
    case unknownTerminalType(String)
    case outputNotATerminal
    case inputNotATerminal
    case systemCall(name: String, errno: Int32)

    /// The process exit code documented for this error.
    public var exitCode: Int32 {
        switch self {
        case .noTerminalType: 3
        case .unknownTerminalType: 4
        case .outputNotATerminal: 5
        case .inputNotATerminal: 6
        case .systemCall: 7
        }
    }

    public var description: String {
        switch self {
        case .noTerminalType:
            "TERM is not set, so the terminal type is unknown. Set it, for example `export TERM=xterm-256color`."
        case .unknownTerminalType(let name):
            "the terminal type \"\(name)\" has no terminfo entry. Install it (Debian: ncurses-term) "
                + "or set TERM to a known type such as xterm-256color."
        case .outputNotATerminal:
            "standard output is not a terminal. The dashboard draws on an interactive terminal; "
                + "run it without piping or redirecting its output."
        case .inputNotATerminal:
            "standard input is not a terminal, so keys cannot be read. Run it without piping or redirecting its input."
        case .systemCall(let name, let errno):
            "\(name) failed with error \(errno)."
        }
    }
}
