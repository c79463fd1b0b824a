import Foundation
import KotaCerdasUI
import Testing

/// README's key table, the help overlay and the keys that work are one table.
@Suite struct KeyTableTests {
    /// The keys README's "### Keys" table names, read from the README itself.
    static func readmeKeys() throws -> [Key] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Keys\n").dropFirst().first)
        let rows = section.split(separator: "\n").prefix { $0.hasPrefix("|") }.dropFirst(2)
        return try rows.flatMap { row in
            let cell = row.split(separator: "|", omittingEmptySubsequences: false)[1]
            return try keys(named: cell.trimmingCharacters(in: .whitespaces))
        }
    }

    /// `← ↑ ↓ → and h j k l`, `Esc, Backspace`, `Tab / Shift-Tab`, `1 … 9` as keys.
    static func keys(named cell: String) throws -> [Key] {
        let words = cell.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        // A lone "/" is the filter key; between other keys it separates them.
        let tokens = words.count == 1 ? words : words.filter { $0 != "and" && $0 != "/" }
        if tokens.count == 3, tokens[1] == "…", let first = Int(tokens[0]), let last = Int(tokens[2]) {
            return (first...last).map { .character(Character("\($0)")) }
        }
        let named: [String: Key] = [
            "←": .left, "↑": .up, "↓": .down, "→": .right, "Enter": .enter, "Esc": .escape, "Backspace": .backspace,
            "Tab": .tab, "Shift-Tab": .backTab, "PgUp": .pageUp, "PgDn": .pageDown, "Ctrl-C": .interrupt,
        ]
        return try tokens.map { token in
            if let key = named[token] { return key }
            try #require(token.count == 1, "README names a key \"\(token)\" the test cannot read")
            return .character(Character(token))
        }
    }

    @Test func readmeNamesExactlyTheKeysOfTheKeyTable() throws {
        let readme = try Self.readmeKeys()
        let table = KeyTable.bindings.flatMap(\.keys.keys)
        let undocumented = Set(table).subtracting(readme)
        let unbound = Set(readme).subtracting(table)
        #expect(undocumented.isEmpty, "keys that work but README does not name: \(undocumented)")
        #expect(unbound.isEmpty, "keys README names that do nothing: \(unbound)")
        #expect(readme.allSatisfy { KeyTable.action(for: $0) != nil })
    }

    @Test func theHelpOverlayListsEveryBindingOfTheTable() throws {
        let help = Screen.render(TestState.make(width: 200, height: 60, language: .english, route: .help)).plainText
        for binding in KeyTable.bindings {
            let line = try #require(binding.help)
            #expect(help.contains(line.keys.unicode), "help lacks \(line.keys.unicode)")
            #expect(help.contains(line.text.text(.english)), "help lacks \(line.text.text(.english))")
        }
    }

    @Test func noKeyIsBoundTwice() {
        let keys = KeyTable.bindings.flatMap { Array($0.keys.keys) + Array($0.aliases.keys) }
        #expect(keys.count == Set(keys).count)
    }
}
