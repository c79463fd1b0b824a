/// The key reference, drawn as an overlay over the screen it was opened from.
struct HelpScreen {
    let context: ViewContext

    func draw(on canvas: inout Canvas) {
        let keys = KeyMap.help(glyphs: context.glyphs).map { HelpEntry(key: $0.keys, description: context.text($0.text)) }
        let mouse = KeyMap.mouseHelp.map { HelpEntry(key: context.text(.helpMouse), description: context.text($0)) }
        HelpOverlay(title: context.text(.help) + " " + context.glyphs.separator + " " + context.text(.helpClose),
                    entries: keys + mouse).draw(on: &canvas)
    }
}
