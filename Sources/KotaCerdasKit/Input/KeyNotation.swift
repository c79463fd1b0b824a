/// Keys written as text, for driving a screen without a terminal (`snapshot --keys`):
/// each character is that key, and special keys are named in angle brackets, as in
/// Vim's key notation: `:miskin<Down><Enter>`, `/area<Esc>`, `<C-c>`, `<lt>` for `<`.
public enum KeyNotation {
    /// The names `<…>` takes, each with its key; case is ignored.
    public static let names: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("BS", .backspace),
        ("Del", .delete), ("Ins", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
        ("lt", .character("<")),
    ] + (1...12).map { ("F\($0)", .function($0)) }

    /// Why a text is not a key sequence, saying what would be.
    public struct Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The keys `text` names, in order.
    public static func keys(_ text: String) throws(Error) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            guard character == "<", let close = rest.firstIndex(of: ">") else {
                keys.append(try key(for: character))
                continue
            }
            let name = String(rest[..<close])
            rest = rest[rest.index(after: close)...]
            keys.append(try named(name))
        }
        return keys
    }

    private static func named(_ name: String) throws(Error) -> Key {
        if let found = names.first(where: { $0.0.lowercased() == name.lowercased() }) { return found.1 }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].uppercased() == "C", parts[1].count == 1, let letter = parts[1].first, letter.isLetter {
            return .control(Character(letter.lowercased()))
        }
        throw Error(description: "unknown key <\(name)>; keys are characters or one of "
            + names.map { "<\($0.0)>" }.joined(separator: " ") + " <C-x> (Ctrl with a letter)")
    }

    private static func key(for character: Character) throws(Error) -> Key {
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Error(description: "a control character cannot be typed; name it, e.g. <Enter> or <C-c>")
        }
        return .character(character)
    }
}
