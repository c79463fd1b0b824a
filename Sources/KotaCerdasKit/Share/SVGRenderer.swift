/// Draws a cell buffer as a standalone SVG image: the screen's colours, box drawing,
/// braille charts and wide characters on the exact cell grid, with the text selectable.
///
/// Each row is one `<text>` element whose content is the row's text, so a reader (or a
/// test) finds one text row per terminal line. Every character gets its own x position
/// on the grid, so a glyph taken from a fallback font, a little wider or narrower than the
/// monospace advance, cannot push the rest of its row out of line. Backgrounds are one
/// rectangle per run of cells sharing a colour.
public struct SVGRenderer: Sendable {
    public let painted: PaintedTheme

    /// A renderer drawing in `theme` on the page it was made for.
    public init(theme: Theme) { painted = PaintedTheme(theme) }

    /// The whole SVG document.
    public func render(_ buffer: CellBuffer, caption: FrameCaption) -> String {
        let width = buffer.width * CellGeometry.width
        let height = buffer.height * CellGeometry.height
        var classes = StyleClasses(colour: "fill", paintsBackground: false)
        var backgrounds: [String] = []
        var rows: [String] = []
        for y in 0..<buffer.height {
            let runs = painted.runs(of: buffer, row: y)
            backgrounds += backgroundRects(runs, row: y)
            let baseline = Double(y * CellGeometry.height) + CellGeometry.baseline
            let spans = runs.map { span($0, className: classes.name(for: $0.style)) }.joined()
            rows.append("<text y=\"\(Self.number(baseline))\">\(spans)</text>")
        }
        let details = caption.details.map(MarkupText.escaped).joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            xml:lang="\(MarkupText.escaped(caption.language))" xml:space="preserve">
            <title>\(MarkupText.escaped(caption.title))</title>
            <desc>\(details)</desc>
            <style>
            text{font-family:\(CellGeometry.fontFamily);font-size:\(CellGeometry.fontSize)px;white-space:pre}
            \(classes.css)
            </style>
            <rect width="\(width)" height="\(height)" fill="\(painted.page.background.hex)"/>
            <g shape-rendering="crispEdges">
            \(backgrounds.joined(separator: "\n"))
            </g>
            \(rows.joined(separator: "\n"))
            </svg>

            """
    }

    /// One rectangle per stretch of the row with the same background other than the page's.
    private func backgroundRects(_ runs: [StyledRun], row y: Int) -> [String] {
        var rects: [(column: Int, width: Int, colour: RGB)] = []
        for run in runs {
            guard let colour = run.style.background else { continue }
            if let last = rects.last, last.colour == colour, last.column + last.width == run.column {
                rects[rects.count - 1].width += run.width
            } else {
                rects.append((run.column, run.width, colour))
            }
        }
        return rects.map { rect in
            "<rect x=\"\(rect.column * CellGeometry.width)\" y=\"\(y * CellGeometry.height)\" "
                + "width=\"\(rect.width * CellGeometry.width)\" height=\"\(CellGeometry.height)\" fill=\"\(rect.colour.hex)\"/>"
        }
    }

    /// The run's characters, each at its column's x. SVG gives the n-th x to the n-th
    /// character (UTF-16 unit), so a cell whose text is more than one unit (an emoji, a
    /// letter with a combining mark) gets a `<tspan>` of its own with a single x.
    private func span(_ run: StyledRun, className: String) -> String {
        var pieces: [(xs: [Int], text: String)] = []
        var column = run.column
        for cell in run.cells {
            let x = column * CellGeometry.width
            if cell.text.utf16.count == 1, let last = pieces.last, last.xs.count == last.text.utf16.count {
                pieces[pieces.count - 1].xs.append(x)
                pieces[pieces.count - 1].text += cell.text
            } else {
                pieces.append(([x], cell.text))
            }
            column += Int(cell.width)
        }
        return pieces.map { piece in
            let xs = piece.xs.map(String.init).joined(separator: " ")
            return "<tspan class=\"\(className)\" x=\"\(xs)\">\(MarkupText.escaped(piece.text))</tspan>"
        }.joined()
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
