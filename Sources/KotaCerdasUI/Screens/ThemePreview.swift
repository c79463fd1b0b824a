import Foundation
import KotaCerdasCore

/// A one-line sample of the roles that carry meaning (the five standings with their
/// symbols and words, a chart, the selection and the status bar), which
/// `kotacerdas themes` prints in each theme's own colours.
public enum ThemePreview {
    /// The sample in `language`, drawn with `glyphMode`'s characters.
    public static func render(language: Language, glyphMode: GlyphMode) -> CellBuffer {
        let state = AppState(
            document: nil, now: Date(timeIntervalSince1970: 0), language: language, glyphMode: glyphMode,
            size: TerminalSize(width: 80, height: 1))
        let context = ViewContext(state)
        var parts: [(String, StyleRole)] = IndicatorStanding.allCases.map { standing in
            (context.symbol(standing) + " " + context.text(.indicatorStatusShort(standing)), context.role(standing))
        }
        parts.append((context.glyphs.sparkLevels.enumerated().filter { $0.offset % 2 == 1 }.map(\.element).joined(), .chart))
        parts.append((" " + context.text(.previewSelection) + " ", .selection))
        parts.append((" " + context.text(.previewStatusBar) + " ", .statusBar))
        // One blank column between the parts.
        var buffer = CellBuffer(width: parts.map(\.0.displayWidth).reduce(parts.count - 1, +), height: 1)
        var x = 0
        for (text, role) in parts {
            x += buffer.put(text, at: Point(x: x, y: 0), role: role, glyphs: context.glyphs) + 1
        }
        return buffer
    }
}
