/// What a terminal's environment says about colour: the pure half of detecting the
/// colour depth (the terminal edge supplies terminfo's colour count and the environment).
public enum ColorSupport {
    /// Whether the terminal announces 24-bit colour (`COLORTERM=truecolor` or `24bit`),
    /// the convention terminals and SSH (with `SendEnv COLORTERM`) pass on.
    public static func announcesTruecolor(_ environment: [String: String]) -> Bool {
        ["truecolor", "24bit"].contains(environment["COLORTERM"]?.lowercased() ?? "")
    }

    /// The terminfo entry to try for direct colour when the terminal announces 24-bit
    /// colour but `term` is a palette entry: `xterm-256color` → `xterm-direct`,
    /// `tmux-256color` → `tmux-direct`. Nil when `term` already is a `-direct` entry or
    /// the terminal does not announce direct colour.
    public static func directTerminal(for term: String, environment: [String: String]) -> String? {
        guard announcesTruecolor(environment), !term.hasSuffix("-direct"), !term.isEmpty else { return nil }
        let base = ["-256color", "-88color", "-16color", "-color"].first { term.hasSuffix($0) }
            .map { String(term.dropLast($0.count)) } ?? term
        return base + "-direct"
    }

    /// The depth to draw at: what terminfo's `colors` offers, lowered to `limit` (from
    /// `--colors`), or none at all when `choice` (from `--color`, `NO_COLOR`) says so.
    public static func depth(
        terminfoColors: Int, limit: ColorDepth?, choice: ColorChoice, environment: [String: String]
    ) -> ColorDepth {
        guard choice.wantsColor(isTerminal: true, environment: environment) else { return .none }
        let available = ColorDepth(colors: terminfoColors)
        return limit.map { min($0, available) } ?? available
    }
}
