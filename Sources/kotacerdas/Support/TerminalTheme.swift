import KotaCerdasTerminal
import KotaCerdasUI

/// Resolves a theme's roles to the terminal backend's styles.
enum TerminalTheme {
    static func styles(_ theme: Theme) -> (StyleRole) -> TerminalStyle {
        var table: [StyleRole: TerminalStyle] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            table[role] = TerminalStyle(
                foreground: style.foreground.index(for: .palette256) ?? -1,
                background: style.background.index(for: .palette256) ?? -1,
                bold: style.attributes.contains(.bold),
                underline: style.attributes.contains(.underline),
                reverse: style.attributes.contains(.reverse),
                dim: style.attributes.contains(.dim))
        }
        return { table[$0] ?? .plain }
    }
}
