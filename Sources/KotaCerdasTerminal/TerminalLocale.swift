import CNcursesw
import Foundation
import Glibc

/// Chooses the locale curses decodes and encodes text with.
enum TerminalLocale {
    /// Activates a UTF-8 locale for curses and says whether the terminal may be sent UTF-8.
    ///
    /// Curses needs a UTF-8 character type to keep non-ASCII text at all (with the plain
    /// C locale it drops it), so C.UTF-8 stands in whenever the user's locale is not UTF-8.
    /// Whether the *terminal* takes UTF-8 is another matter: an unset locale (services,
    /// bare SSH sessions) is taken as UTF-8, but a locale the user set to something else
    /// (`LANG=C`, `…ISO-8859-1`) means the app must draw in ASCII.
    static func activate(environment: [String: String]) -> Bool {
        let chosen = setlocale(LC_ALL, "")
        let userLocaleIsUTF8 = chosen != nil && isUTF8(codeset)
        if !userLocaleIsUTF8 {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // Only the character type matters to curses; keep number formatting exact ("1.5", not "1,5").
        setlocale(LC_NUMERIC, "C")
        return userLocaleIsUTF8 || !isLocaleConfigured(environment)
    }

    /// Whether any of the variables that choose the character set is set.
    static func isLocaleConfigured(_ environment: [String: String]) -> Bool {
        ["LC_ALL", "LC_CTYPE", "LANG"].contains { !(environment[$0] ?? "").isEmpty }
    }

    /// Whether a codeset name from `nl_langinfo(CODESET)` means UTF-8.
    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    private static var codeset: String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }
}
