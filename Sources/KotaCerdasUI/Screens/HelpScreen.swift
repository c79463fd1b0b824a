/// The key reference, drawn as an overlay over the screen it was opened from.
struct HelpScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let keys = KeyMap.help(glyphs: context.glyphs).map { HelpEntry(key: $0.keys, description: context.text($0.text)) }
        // The "Mouse" label stands once, over its group.
        let mouse = KeyMap.mouseHelp.enumerated().map { index, text in
            HelpEntry(key: index == 0 ? context.text(.helpMouse) : "", description: context.text(text))
        }
        HelpOverlay(title: context.text(.help) + " " + context.glyphs.separator + " " + context.text(.helpClose),
                    entries: keys + mouse).draw(on: &canvas)
    }
}
