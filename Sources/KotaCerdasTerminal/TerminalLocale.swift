import CNcursesw
import Glibc

/// Chooses the locale curses decodes and encodes text with.
enum TerminalLocale {
    /// Activates the user's locale, or C.UTF-8 when none is configured; `true` if it is UTF-8.
    ///
    /// With the plain C locale curses drops every non-ASCII character, and an unset LANG
    /// (services, bare SSH sessions) is far more common than a real non-UTF-8 terminal.
    static func activate() -> Bool {
        let chosen = setlocale(LC_ALL, "")
        if chosen == nil || isPlainASCII {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // Only the character type matters to curses; keep number formatting exact ("1.5", not "1,5").
        setlocale(LC_NUMERIC, "C")
        return isUTF8(codeset)
    }

    /// Whether a codeset name from `nl_langinfo(CODESET)` means UTF-8.
    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    private static var codeset: String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }

    private static var isPlainASCII: Bool {
        ["ANSI_X3.4-1968", "ASCII", "US-ASCII"].contains(codeset)
    }
}
