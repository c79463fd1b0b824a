/// Short CSS class names for the painted styles of one document (`s0`, `s1`, …), in the
/// order they first appear, so each rule is written once in the document's style sheet.
/// Styles that look the same in the document (in SVG text, the background does not
/// count: it is drawn by rectangles) share a class.
struct StyleClasses {
    /// The property text colour goes in: `fill` in SVG, `color` in HTML.
    let colour: String
    /// Whether the rule paints the style's background too (HTML).
    let paintsBackground: Bool
    private(set) var rules: [String] = []
    private var names: [String: String] = [:]

    init(colour: String, paintsBackground: Bool) {
        self.colour = colour
        self.paintsBackground = paintsBackground
    }

    /// The class of `style`, adding its rule the first time.
    mutating func name(for style: PaintedStyle) -> String {
        var declarations = ["\(colour):\(style.foreground.hex)"]
        if style.bold { declarations.append("font-weight:bold") }
        if style.underline { declarations.append("text-decoration:underline") }
        if paintsBackground, let background = style.background { declarations.append("background:\(background.hex)") }
        let rule = declarations.joined(separator: ";")
        if let name = names[rule] { return name }
        let name = "s\(rules.count)"
        names[rule] = name
        rules.append(rule)
        return name
    }

    /// The style sheet: one rule per class.
    var css: String {
        rules.enumerated().map { ".s\($0.offset){\($0.element)}" }.joined(separator: "\n")
    }
}
