/// Draws a cell buffer as a standalone HTML page: one `<pre>` whose lines are the
/// screen's rows, styled spans for colours and attributes, the text selectable and
/// copyable as the terminal shows it.
///
/// The grid is the font's own: ASCII keeps the monospace advance (`1ch`), and every other
/// character (box drawing, blocks, braille, accented and wide letters) sits in a box of
/// exactly one or two `ch`, so a glyph from a fallback font cannot shift its row.
public struct HTMLRenderer: Sendable {
    public let painted: PaintedTheme

    /// A renderer drawing in `theme` on the page it was made for.
    public init(theme: Theme) { painted = PaintedTheme(theme) }

    /// The whole HTML document.
    public func render(_ buffer: CellBuffer, caption: FrameCaption) -> String {
        var classes = StyleClasses(colour: "color", paintsBackground: true)
        var lines: [String] = []
        for y in 0..<buffer.height {
            let runs = painted.runs(of: buffer, row: y)
            lines.append(runs.map { run in
                "<span class=\"\(classes.name(for: run.style))\">" + run.cells.map(Self.cell).joined() + "</span>"
            }.joined())
        }
        let details = caption.details.isEmpty ? [] : [
            "<meta name=\"description\" content=\"\(MarkupText.escaped(caption.details.joined(separator: " · ")))\">",
        ]
        return """
            <!DOCTYPE html>
            <html lang="\(MarkupText.escaped(caption.language))">
            <head>
            <meta charset="utf-8">
            <title>\(MarkupText.escaped(caption.title))</title>
            \(details.joined(separator: "\n"))
            <style>
            body{margin:0;background:\(painted.page.background.hex)}
            pre{margin:0;padding:0;color:\(painted.page.foreground.hex);background:\(painted.page.background.hex);\
            font-family:\(CellGeometry.fontFamily);font-size:\(CellGeometry.fontSize)px;\
            line-height:\(CellGeometry.height)px;font-variant-ligatures:none;width:max-content}
            pre span{display:inline-block;height:\(CellGeometry.height)px;vertical-align:top}
            pre i{font-style:normal;display:inline-block;width:1ch;overflow:visible}
            pre i.w{width:2ch}
            \(classes.css)
            </style>
            </head>
            <body>
            <pre>\(lines.joined(separator: "\n"))</pre>
            </body>
            </html>

            """
    }

    /// A cell's text; outside printable ASCII in a box of its cell width.
    private static func cell(_ cell: Cell) -> String {
        let text = MarkupText.escaped(cell.text)
        guard cell.text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
        return cell.width == 2 ? "<i class=\"w\">\(text)</i>" : "<i>\(text)</i>"
    }
}
