import Foundation

/// Turns text into plain ASCII for terminals whose locale is not UTF-8, keeping it
/// readable instead of dropping it: accents come off (`Sumenép` → `Sumenep`), common
/// punctuation gets its ASCII look-alike, and anything else becomes `?`.
enum ASCIIFolding {
    private static let lookAlikes: [Unicode.Scalar: String] = [
        "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-", "\u{2026}": "...", "\u{2018}": "'", "\u{2019}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{00D7}": "x", "\u{00B7}": ".", "\u{2022}": "*", "\u{203A}": ">",
        "\u{2039}": "<", "\u{00A0}": " ", "\u{00B2}": "2", "\u{00B3}": "3", "\u{00B0}": "o",
    ]

    static func fold(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                output.unicodeScalars.append(scalar)
            } else if let lookAlike = lookAlikes[scalar] {
                output += lookAlike
            } else {
                output += withoutMarks(scalar)
            }
        }
        return output
    }

    /// The scalar's canonical decomposition without its combining marks, or `?` when
    /// no ASCII letter is left.
    private static func withoutMarks(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
        return base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
    }
}
