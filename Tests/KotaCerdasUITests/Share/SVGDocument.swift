import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read back with a real XML parser: the text of every `<text>` element in
/// order, the x positions of its characters, and its background rectangles.
struct SVGDocument {
    struct Row {
        var text = ""
        /// The x of each character, as the tspans place them (one per UTF-16 unit, or one
        /// for a tspan holding a single cluster).
        var xs: [Int] = []
    }

    var rows: [Row] = []
    var rects: [[String: String]] = []
    var title = ""

    /// Nil when the text is not well-formed XML.
    init?(_ text: String) {
        let reader = Reader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        guard parser.parse() else { return nil }
        rows = reader.rows
        rects = reader.rects
        title = reader.title
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var rows: [Row] = []
        var rects: [[String: String]] = []
        var title = ""
        private var inText = false
        private var inTitle = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "text":
                inText = true
                rows.append(Row())
            case "tspan":
                let xs = (attributes["x"] ?? "").split(separator: " ").compactMap { Int($0) }
                rows[rows.count - 1].xs += xs
            case "rect": rects.append(attributes)
            case "title": inTitle = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
            if name == "title" { inTitle = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { rows[rows.count - 1].text += string }
            if inTitle { title += string }
        }
    }
}
