import CNcursesw
import Foundation
import Glibc

/// The curses screen on the process's terminal, from setup to the restored shell.
///
/// Create one, draw through a `Presenter`, and call `restore()` on every way out: a Swift
/// trap skips `deinit` and `atexit`, so the caller's `defer` is what keeps the terminal sane.
/// Use it from one thread only: curses is not thread-safe.
public final class TerminalSession {
    /// Whether the terminal takes UTF-8 (see `TerminalLocale`); if not, the app must draw in ASCII.
    public let isUTF8: Bool
    /// Whether clicks and the wheel are reported.
    public let hasMouse: Bool
    /// How many colours the terminal shows.
    public let colorDepth: TerminalColors
    /// Whether -1 (the terminal's own colours) can be used in colour pairs.
    public let hasDefaultColors: Bool

    let window: UnsafeMutablePointer<WINDOW>
    let inputDescriptor = STDIN_FILENO
    private let outputDescriptor = STDOUT_FILENO
    private var restored = false

    /// Sets up the locale and curses on standard input and output.
    public init() throws(TerminalError) {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw .noTerminalType
        }
        guard isatty(outputDescriptor) == 1 else { throw .outputNotATerminal }
        guard isatty(inputDescriptor) == 1 else { throw .inputNotATerminal }
        isUTF8 = TerminalLocale.activate(environment: ProcessInfo.processInfo.environment)
        // newterm, unlike initscr, reports an unknown TERM instead of exiting.
        guard let output = fdopen(outputDescriptor, "w"),
              let input = fdopen(inputDescriptor, "r"),
              newterm(nil, output, input) != nil,
              let window = kc_stdscr()
        else {
            throw .unknownTerminalType(term)
        }
        self.window = window
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        // The loop reads only when poll() says input is ready, then drains without blocking.
        nodelay(window, true)
        leaveok(window, true)
        curs_set(0)
        // The default of one second makes Esc feel broken; 25 ms still joins escape sequences.
        set_escdelay(25)

        var depth = TerminalColors.monochrome
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            depth = TerminalColors(colors: Int(kc_colors()))
        }
        colorDepth = depth
        hasDefaultColors = defaults

        let wanted = kc_button1_clicked() | kc_button1_pressed() | kc_button1_double_clicked()
            | kc_button4_pressed() | kc_button5_pressed()
        hasMouse = mousemask(wanted, nil) != 0
    }

    deinit {
        restore()
    }

    /// The screen's width in columns.
    public var width: Int { Int(kc_getmaxx(window)) }

    /// The screen's height in rows.
    public var height: Int { Int(kc_getmaxy(window)) }

    /// How many colour pairs can be allocated besides pair 0.
    var colorPairCapacity: Int { max(0, Int(kc_color_pairs()) - 1) }

    /// Gives the terminal back to the shell. Safe to call any number of times.
    public func restore() {
        guard !restored else { return }
        restored = true
        if !isendwin() {
            endwin()
        }
    }

    /// Adopts the terminal's current size after SIGWINCH; `true` when it changed.
    func adoptWindowSize() -> Bool {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard kc_window_size(outputDescriptor, &rows, &columns) == 0, rows > 0, columns > 0,
              is_term_resized(rows, columns)
        else { return false }
        resizeterm(rows, columns)
        return true
    }
}
