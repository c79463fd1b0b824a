import KotaCerdasCore

/// The key reference, drawn as an overlay over the screen it was opened from: every
/// binding of the key table, then the mouse, then what each status symbol means.
struct HelpScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let helped = KeyTable.bindings.compactMap(\.help)
        let keys = helped.map(entry)
        // The "Mouse" label stands once, over its group.
        let mouse = KeyTable.mouseHelp.enumerated().map { index, text in
            HelpEntry(key: index == 0 ? context.text(.helpMouse) : "", description: context.text(text))
        }
        // One row, so the legend fits under the keys even on an 80×24 terminal.
        let legend = HelpEntry(key: context.text(.columnStatus), description: IndicatorStanding.allCases.map {
            context.symbol($0) + " " + context.text(.indicatorStatusShort($0))
        }.joined(separator: "  "))
        HelpOverlay(title: context.text(.help) + " " + context.glyphs.separator + " " + context.text(.helpClose),
                    entries: keys + mouse + [legend], shorterEntries: shorterKeys(helped) + [mouseInOneRow, legend])
            .draw(on: &canvas)
    }

    private func entry(_ help: KeyText) -> HelpEntry {
        HelpEntry(key: help.keys.text(context.glyphs), description: context.text(help.text))
    }

    /// Where the height is short: the mouse in one row.
    private var mouseInOneRow: HelpEntry {
        HelpEntry(key: context.text(.helpMouse), description: context.text(.helpMouseInOneRow))
    }

    /// Where the height is short: `g G` and PgUp PgDn, both ways of scrolling, share a row.
    private func shorterKeys(_ helped: [KeyText]) -> [HelpEntry] {
        var entries: [HelpEntry] = []
        for (index, help) in helped.enumerated() {
            guard help.text == .helpPage, index > 0, helped[index - 1].text == .helpTopBottom, let last = entries.popLast() else {
                entries.append(entry(help))
                continue
            }
            let page = entry(help)
            entries.append(HelpEntry(key: last.key + "  " + page.key,
                                     description: last.description + " " + context.glyphs.listSeparator + " " + page.description))
        }
        return entries
    }
}
