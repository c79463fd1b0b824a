/// Resolves each style role to colours and attributes. Views name roles only, so the
/// same screen works in every theme.
public struct Theme: Equatable, Sendable {
    public let name: String
    private let styles: [StyleRole: ThemeStyle]

    /// A theme; roles without a style look like `.normal`.
    public init(name: String, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, or the normal style when the theme leaves the role out.
    public func style(for role: StyleRole) -> ThemeStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The style of a cell: its role's style, made bold when the cell asks for it.
    public func style(for cell: Cell) -> ThemeStyle {
        var style = style(for: cell.role)
        if cell.bold { style.attributes.insert(.bold) }
        return style
    }

    /// The built-in theme used when no theme file can be read: basic colours only, so
    /// it looks right on any colour terminal.
    public static let fallback = Theme(name: "built-in", styles: [
        .title: ThemeStyle(attributes: .bold),
        .border: ThemeStyle(foreground: .palette(8)),
        .muted: ThemeStyle(foreground: .palette(8)),
        .ok: ThemeStyle(foreground: .palette(2)),
        .watch: ThemeStyle(foreground: .palette(3)),
        .off: ThemeStyle(foreground: .palette(1)),
        .noData: ThemeStyle(foreground: .palette(8)),
        .accent: ThemeStyle(foreground: .palette(6)),
        .chart: ThemeStyle(foreground: .palette(6)),
        .target: ThemeStyle(attributes: .dim),
        .header: ThemeStyle(attributes: [.bold, .underline]),
        .selection: ThemeStyle(attributes: .reverse),
        .statusBar: ThemeStyle(attributes: .reverse),
        .demo: ThemeStyle(foreground: .palette(0), background: .palette(3), attributes: .bold),
        .error: ThemeStyle(foreground: .palette(1), attributes: .bold),
    ])
}
