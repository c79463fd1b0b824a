import Foundation

/// What `snapshot` needs to know about its standard output.
enum TerminalProbe {
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's size when standard output is one.
    static var size: (width: Int, height: Int)? {
        guard isTerminal else { return nil }
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else { return nil }
        return (Int(window.ws_col), Int(window.ws_row))
    }
}
