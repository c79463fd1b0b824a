import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Screens as SVG and HTML: well-formed, one text row per terminal line with that line's
/// text, every character on its cell's column, and colours as the theme says.
@Suite struct ShareRendererTests {
    static let views = ["home", "help", "sources", "governance", "governance/indicators/gov-spbe-index",
                        "governance/programs/gov-satu-data"]

    static func state(_ view: String, width: Int = 120, height: Int = 40) throws -> AppState {
        let document = try #require(TestState.sample("sumenep")?.document)
        var state = AppState(document: document, now: document.asOf?.instant ?? Date(), language: .english,
                             size: TerminalSize(width: width, height: height))
        state.route = try RoutePath.route(view, in: document)
        return state
    }

    static let theme = try! ThemeLibrary.bundled().resolve("default").theme

    /// A buffer with everything that tends to break markup or alignment.
    static var awkward: CellBuffer {
        var buffer = CellBuffer(width: 12, height: 3)
        buffer.draw(glyphs: .unicode) { canvas in
            canvas.put("a&b<c>\"d'", at: Point(x: 0, y: 0))
            canvas.put("智x😀é", at: Point(x: 0, y: 1), role: .ok)
            canvas.put("╭─⣿▉│", at: Point(x: 0, y: 2), role: .selection)
        }
        return buffer
    }

    @Test(arguments: views)
    func svgIsWellFormedWithOneTextRowPerTerminalLine(view: String) throws {
        let state = try Self.state(view)
        let frame = Screen.render(state)
        let svg = SVGRenderer(theme: Self.theme).render(frame, caption: SharedScreen.caption(for: state, takenAt: state.now))
        let document = try #require(SVGDocument(svg), "the SVG must parse as XML")
        #expect(document.rows.count == frame.height)
        for (y, row) in document.rows.enumerated() {
            #expect(row.text == frame.line(y), "row \(y + 1)")
        }
        #expect(document.title.hasPrefix("Kabupaten Sumenep"))
    }

    @Test func everyCharacterSitsOnItsColumnPastWideOnes() throws {
        let svg = SVGRenderer(theme: Self.theme).render(Self.awkward, caption: FrameCaption(title: "t", language: "en"))
        let document = try #require(SVGDocument(svg))
        #expect(document.rows.map(\.text) == (0..<3).map(Self.awkward.line))
        #expect(document.rows[0].text.hasPrefix("a&b<c>\"d'"), "markup characters come back as text")
        // 智 takes columns 0–1, so x sits at column 2, the emoji at 3–4, é at 5.
        #expect(Array(document.rows[1].xs.prefix(4)) == [0, 2 * 9, 3 * 9, 5 * 9])
        #expect(Array(document.rows[2].xs.prefix(5)) == [0, 9, 18, 27, 36])
    }

    @Test func backgroundsAreRectanglesOnTheGridAndReverseSwapsColours() throws {
        let theme = Theme(name: "t", styles: [.selection: ThemeStyle(foreground: .palette(39), attributes: .reverse)])
        let svg = SVGRenderer(theme: theme).render(Self.awkward, caption: FrameCaption(title: "t", language: "en"))
        let document = try #require(SVGDocument(svg))
        // The page, then the reversed row 3: the foreground colour (39 = #00afff) as its background.
        let row = try #require(document.rects.first { $0["fill"] == "#00afff" })
        #expect(row["x"] == "0" && row["y"] == "34" && row["width"] == "45" && row["height"] == "17")
    }

    @Test func theLightThemeIsDrawnOnWhiteAndTheDefaultOnDark() throws {
        let themes = ThemeLibrary.bundled()
        #expect(PagePalette(theme: try themes.resolve("light").theme).background.hex == "#ffffff")
        #expect(PagePalette(theme: try themes.resolve("default").theme).background.hex == "#121212")
        #expect(PagePalette(theme: try themes.resolve("high-contrast").theme).background.hex == "#000000")
    }

    @Test func htmlKeepsTheTextOfEveryLineAndBoxesWhatIsNotASCII() throws {
        let state = try Self.state("governance")
        let frame = Screen.render(state)
        let html = HTMLRenderer(theme: Self.theme).render(frame, caption: SharedScreen.caption(for: state, takenAt: state.now))
        let pre = try #require(html.range(of: "<pre>").flatMap { start in
            html.range(of: "</pre>").map { String(html[start.upperBound..<$0.lowerBound]) }
        })
        #expect(Self.textOf(pre) == frame.plainText)
        #expect(html.contains("<i>█</i>") && html.contains("<i>…</i>"), "blocks and the ellipsis sit in one-column boxes")
        #expect(html.contains("<title>Kabupaten Sumenep › Smart Governance</title>"))
        let awkward = HTMLRenderer(theme: Self.theme).render(Self.awkward, caption: FrameCaption(title: "<&>", language: "en"))
        #expect(awkward.contains("<i class=\"w\">智</i>"), "a wide character gets a two-column box")
        #expect(awkward.contains("<title>&lt;&amp;&gt;</title>"))
        #expect(Self.textOf(String(awkward[awkward.range(of: "<pre>")!.upperBound..<awkward.range(of: "</pre>")!.lowerBound]))
            == Self.awkward.plainText)
    }

    /// Markup without its tags, entities decoded: what a reader copies.
    static func textOf(_ markup: String) -> String {
        markup.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
