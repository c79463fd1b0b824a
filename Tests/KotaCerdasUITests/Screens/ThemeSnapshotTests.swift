import Foundation
import KotaCerdasCore
@testable import KotaCerdasUI
import Testing

/// Every bundled theme on every screen, as the ANSI text `snapshot --color always` prints:
/// `theme-NAME-VIEW-80x24.ansi` (read it with `cat` in a terminal), and per theme a
/// `theme-NAME.palette` listing each role's escapes at every colour depth, which is the
/// part to review when a theme changes. The `.roles` goldens already hold where each
/// role is drawn; these hold what each role looks like.
@Suite struct ThemeSnapshotTests {
    static let themes = ThemeLibrary.bundled()

    /// Every screen: the routes named by a word (home, help, sources and any added
    /// later), and a dimension, indicator and programme of the first city.
    static var screens: [(String, Route)] {
        let city = ScreenSnapshotTests.cities[0]
        let detailed = city.routes.filter { name, _ in !Route.named.contains { $0.0 == name } }
        return Route.named + detailed
    }

    @Test(arguments: themes.names)
    func everyScreen(themeName: String) throws {
        let renderer = AnsiRenderer(theme: try Self.themes.theme(named: themeName), depth: .palette256)
        for (view, route) in Self.screens {
            var state = TestState.make(
                ScreenSnapshotTests.cities[0].document, width: 80, height: 24, language: .english, route: route)
            if route == .sources { state.sources = TestState.mixedSources(at: state.now) }
            let ansi = renderer.render(Screen.render(state)) + "\n"
            compareGolden(ansi, file: "theme-\(themeName)-\(view)-80x24.ansi", sourceLocation: #_sourceLocation) { expected in
                lineDiff(expected: expected, actual: ansi)
            }
        }
    }

    @Test(arguments: themes.names)
    func palette(themeName: String) throws {
        let theme = try Self.themes.theme(named: themeName)
        let depths = Array(ColorDepth.allCases.reversed())
        let rows = [["role"] + depths.map(\.rawValue)] + StyleRole.allCases.map { role in
            [role.name] + depths.map { depth in
                String(AnsiRenderer(theme: theme, depth: depth).escape(for: theme.style(for: role)).dropFirst(2).dropLast())
            }
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let text = rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacing(#/\s+$/#, with: "")
        }.joined(separator: "\n") + "\n"
        compareGolden(text, file: "theme-\(themeName).palette", sourceLocation: #_sourceLocation) { expected in
            lineDiff(expected: expected, actual: text)
        }
    }

    /// Themes change colours, never words: without its escapes each frame is the plain one.
    @Test(arguments: themes.names)
    func themesChangeOnlyColours(themeName: String) throws {
        let renderer = AnsiRenderer(theme: try Self.themes.theme(named: themeName), depth: .truecolor)
        let state = TestState.make(ScreenSnapshotTests.cities[0].document, width: 80, height: 24, language: .english)
        let buffer = Screen.render(state)
        #expect(renderer.render(buffer).replacing(/\u{1B}\[[0-9;]*m/, with: "") == buffer.plainText)
    }
}
