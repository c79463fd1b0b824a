import KotaCerdasCore

/// The key reference, drawn as an overlay over the screen it was opened from: every
/// binding of the key table, then the mouse, then what each status symbol means.
struct HelpScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let keys = KeyTable.bindings.compactMap(\.help).map {
            HelpEntry(key: $0.keys.text(context.glyphs), description: context.text($0.text))
        }
        // The "Mouse" label stands once, over its group.
        let mouse = KeyTable.mouseHelp.enumerated().map { index, text in
            HelpEntry(key: index == 0 ? context.text(.helpMouse) : "", description: context.text(text))
        }
        // One row, so the legend fits under the keys even on an 80×24 terminal.
        let legend = HelpEntry(key: context.text(.columnStatus), description: IndicatorStanding.allCases.map {
            context.symbol($0) + " " + context.text(.indicatorStatusShort($0))
        }.joined(separator: "  "))
        HelpOverlay(title: context.text(.help) + " " + context.glyphs.separator + " " + context.text(.helpClose),
                    entries: keys + mouse + [legend]).draw(on: &canvas)
    }
}
