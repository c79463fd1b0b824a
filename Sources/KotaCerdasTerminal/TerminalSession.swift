import CNcursesw
import Foundation
import Glibc
import KotaCerdasKit

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
    /// How many colours are drawn: what the terminal shows, lowered by the user's choice.
    public let colorDepth: ColorDepth
    /// Whether each frame is wrapped in synchronized output (see `SynchronizedOutput`).
    public let synchronizesOutput: Bool
    /// Whether -1 (the terminal's own colours) can be used in colour pairs.
    public let hasDefaultColors: Bool

    let window: UnsafeMutablePointer<WINDOW>
    let inputDescriptor = STDIN_FILENO
    private let outputDescriptor = STDOUT_FILENO
    private var restored = false

    /// Sets up the locale and curses on standard input and output.
    /// - Parameters:
    ///   - colorChoice: `--color`; `auto` honours `NO_COLOR`.
    ///   - colorLimit: `--colors`: draw with at most this many colours.
    public init(colorChoice: ColorChoice = .auto, colorLimit: ColorDepth? = nil) throws(TerminalError) {
        let environment = ProcessInfo.processInfo.environment
        guard let term = environment["TERM"], !term.isEmpty else {
            throw .noTerminalType
        }
        guard isatty(outputDescriptor) == 1 else { throw .outputNotATerminal }
        guard isatty(inputDescriptor) == 1 else { throw .inputNotATerminal }
        isUTF8 = TerminalLocale.activate(environment: environment)
        guard let output = fdopen(outputDescriptor, "w"), let input = fdopen(inputDescriptor, "r") else {
            throw .unknownTerminalType(term)
        }
        // A terminal announcing 24-bit colour under a palette entry gets the matching
        // `-direct` entry where one is installed, so curses can send RGB; else TERM's own.
        // newterm, unlike initscr, reports an unknown entry instead of exiting.
        // ncurses itself ignores colour when NO_COLOR is set; an explicit --color always wins.
        if colorChoice == .always { unsetenv("NO_COLOR") }
        let direct = colorChoice == .never ? nil : ColorSupport.directTerminal(for: term, environment: environment)
        let screen = direct.flatMap { newterm($0, output, input) } ?? newterm(nil, output, input)
        guard screen != nil, let window = kc_stdscr() else {
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

        var depth = ColorDepth.none
        var defaults = false
        // Without colour, start_color is skipped: curses then never sends a colour sequence.
        if has_colors(), colorChoice.wantsColor(isTerminal: true, environment: environment) {
            start_color()
            defaults = use_default_colors() == OK
            // COLORS is known only once start_color has run.
            depth = ColorSupport.depth(
                terminfoColors: Int(kc_colors()), limit: colorLimit, choice: colorChoice, environment: environment)
        }
        colorDepth = depth
        hasDefaultColors = defaults
        synchronizesOutput = SynchronizedOutput.isSupported(
            environment: environment, terminfoHasSync: kc_has_sync_capability() != 0)

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

    /// Writes `text` straight to the terminal, past curses; used between frames, when
    /// curses has flushed everything it had.
    func writeRaw(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

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
