/// Synchronized output (DEC private mode 2026, as btop and other full-screen tools use):
/// the terminal holds a frame until it is complete, so a slow link (SSH) never shows
/// half of one. It is used only where the terminal is known to support it, as an
/// unknown terminal could show the sequences or mishandle them.
struct SynchronizedOutput {
    static let begin = "\u{1B}[?2026h"
    static let end = "\u{1B}[?2026l"

    /// Whether frames are wrapped.
    let isEnabled: Bool
    private let write: (String) -> Void

    /// - Parameter write: writes bytes straight to the terminal, after curses' own output.
    init(isEnabled: Bool, write: @escaping (String) -> Void) {
        self.isEnabled = isEnabled
        self.write = write
    }

    /// Runs `draw` (which flushes one frame), wrapped in begin and end when enabled.
    func frame(_ draw: () -> Void) {
        if isEnabled { write(Self.begin) }
        draw()
        if isEnabled { write(Self.end) }
    }

    /// Terminals known to support mode 2026 by their `TERM`, for when terminfo lacks the
    /// `Sync` capability (most entries still do). Prefixes, so `foot-extra` counts too.
    private static let knownTerms = ["xterm-kitty", "foot", "alacritty", "wezterm", "xterm-ghostty", "contour", "rio"]
    /// The same by `TERM_PROGRAM`, which local terminals set (SSH does not pass it on).
    private static let knownPrograms = ["WezTerm", "iTerm.app", "vscode", "ghostty", "contour", "rio", "WarpTerminal"]

    /// Whether to wrap frames: `KOTACERDAS_SYNC=on`/`off` decides when set; otherwise
    /// the terminfo entry's `Sync` capability, or a terminal known to support the mode.
    /// Inside tmux or screen it stays off unless terminfo says otherwise: they draw the
    /// screen themselves and do not pass the mode through.
    static func isSupported(environment: [String: String], terminfoHasSync: Bool) -> Bool {
        switch environment["KOTACERDAS_SYNC"]?.lowercased() {
        case "on", "1", "yes": return true
        case "off", "0", "no": return false
        default: break
        }
        if terminfoHasSync { return true }
        let term = environment["TERM"] ?? ""
        let multiplexed = environment["TMUX"] != nil || environment["STY"] != nil
            || term.hasPrefix("screen") || term.hasPrefix("tmux")
        guard !multiplexed else { return false }
        if knownTerms.contains(where: { term.hasPrefix($0) }) { return true }
        if let program = environment["TERM_PROGRAM"], knownPrograms.contains(program) { return true }
        return environment["WT_SESSION"] != nil
    }
}
