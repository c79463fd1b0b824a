import Foundation
import KotaCerdasCore

/// Keeps what a broker sends fit for ids and names: a broker is fed by devices and
/// scripts, so its texts may hold control characters, kilobytes of text or ids no route
/// could carry. The UI sanitises again when it draws; this keeps the document sane.
enum SaneText {
    static let maximumNameLength = 160
    static let maximumIDLength = 96

    /// A name or description: control characters become spaces, runs of white space one
    /// space, and a very long text ends in `…`.
    static func display(_ text: String, limit: Int = maximumNameLength) -> String {
        var cleaned = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace || isControl(scalar)
            if isSpace {
                if !lastWasSpace { cleaned.append(" ") }
            } else {
                cleaned.append(scalar)
            }
            lastWasSpace = isSpace
        }
        var result = String(cleaned)
        if result.last == " " { result.removeLast() }
        return result.count > limit ? String(result.prefix(limit - 1)) + "…" : result
    }

    /// `display` applied to every language of a text.
    static func display(_ text: LocalizedText) -> LocalizedText {
        LocalizedText(byLanguage: text.byLanguage.mapValues { display($0) })
    }

    /// An indicator id from an entity id: the `urn:ngsi-ld:Type:` prefix dropped (so the v2
    /// and NGSI-LD copies of an entity map to the same indicator), then anything but
    /// letters, digits, `.`, `_` and `-` replaced by `-`, so the id can stand in a view
    /// route (`governance/indicators/<id>`). Nil when nothing is left.
    static func identifier(_ entityID: String) -> String? {
        var text = Substring(entityID)
        let urn = "urn:ngsi-ld:"
        if text.lowercased().hasPrefix(urn) {
            text = text.dropFirst(urn.count)
            if let colon = text.firstIndex(of: ":"), text[text.index(after: colon)...].contains(where: { $0 != ":" }) {
                text = text[text.index(after: colon)...]
            }
        }
        var result = ""
        for character in text {
            let keep = character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character))
            if keep {
                result.append(character)
            } else if result.last != "-" {
                result.append("-")
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? nil : String(trimmed.prefix(maximumIDLength))
    }

    /// C0 and C1 controls, DEL and the bidi controls that could make a name read otherwise.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }
}
