extension Theme {
    /// Reads a theme file: one `role = setting …` line for every role, `#` comments and
    /// blank lines ignored (the format is described in `themes/README.md`). A role left
    /// out is refused by name, so a theme written for fewer roles never draws a meaning
    /// in a colour its author did not choose.
    public static func parse(_ text: String, name: String) throws(ThemeParseError) -> Theme {
        var styles: [StyleRole: ThemeStyle] = [:]
        var definedOn: [StyleRole: Int] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ThemeParseError(line: lineNumber, message: "expected `role = settings`, found '\(line)'")
            }
            let roleName = line[..<equals].trimmingWhitespace()
            guard let role = StyleRole.allCases.first(where: { $0.name == roleName }) else {
                let known = StyleRole.allCases.map(\.name).joined(separator: " ")
                throw ThemeParseError(line: lineNumber, message: "unknown role '\(roleName)' (roles: \(known))")
            }
            if let first = definedOn[role] {
                throw ThemeParseError(line: lineNumber, message: "role '\(roleName)' is already set on line \(first)")
            }
            styles[role] = try parseStyle(line[line.index(after: equals)...], line: lineNumber)
            definedOn[role] = lineNumber
        }
        if let missing = StyleRole.allCases.first(where: { styles[$0] == nil }) {
            let all = StyleRole.allCases.map(\.name).joined(separator: " ")
            throw ThemeParseError(line: nil, message: "missing role '\(missing.name)' (a theme sets every role: \(all))")
        }
        return Theme(name: name, styles: styles)
    }

    private static func parseStyle(_ settings: Substring, line: Int) throws(ThemeParseError) -> ThemeStyle {
        var style = ThemeStyle.plain
        for setting in settings.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if setting.hasPrefix("fg:") {
                style.foreground = try parseColor(setting.dropFirst(3), line: line)
            } else if setting.hasPrefix("bg:") {
                style.background = try parseColor(setting.dropFirst(3), line: line)
            } else if let attribute = TextAttributes.byName[String(setting)] {
                style.attributes.insert(attribute)
            } else {
                throw ThemeParseError(
                    line: line,
                    message: "unknown setting '\(setting)' (use fg:<colour>, bg:<colour>, bold, underline, reverse, dim)")
            }
        }
        return style
    }

    /// `default`, `0`–`255`, `#rrggbb` or a basic colour name, the number or `#rrggbb`
    /// optionally followed by `/<basic>`.
    private static func parseColor(_ text: Substring, line: Int) throws(ThemeParseError) -> ThemeColor {
        if text == "default" { return .terminalDefault }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 1, let basic = basicColor(parts[0]) {
            return .palette(basic, basic: basic)
        }
        guard parts.count <= 2 else { throw badColor(text, line: line) }
        var basic: UInt8?
        if parts.count == 2 {
            guard let fallback = basicColor(parts[1]) else {
                throw ThemeParseError(line: line, message: "fallback colour '\(parts[1])' is not 0–15 or a basic colour name")
            }
            basic = fallback
        }
        if let index = UInt8(parts[0]) {
            return basic.map { .palette(index, basic: $0) } ?? .palette(index)
        }
        if let rgb = RGB(hex: parts[0]) {
            return basic.map { .rgb(rgb, basic: $0) } ?? .rgb(rgb)
        }
        throw badColor(text, line: line)
    }

    private static func badColor(_ text: Substring, line: Int) -> ThemeParseError {
        ThemeParseError(line: line, message: "colour '\(text)' is not default, 0–255, #rrggbb (either may end in /<basic>) or a basic colour name")
    }

    private static func basicColor(_ text: Substring) -> UInt8? {
        if let number = UInt8(text), number < 16 { return number }
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        if let index = names.firstIndex(of: String(text)) { return UInt8(index) }
        if text.hasPrefix("bright-"), let index = names.firstIndex(of: String(text.dropFirst(7))) {
            return UInt8(index + 8)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or a carriage return at either end.
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\r" }
        let text = self[...]
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return Substring(text[first...last])
    }
}
