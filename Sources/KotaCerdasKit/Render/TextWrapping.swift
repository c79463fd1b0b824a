extension String {
    /// This text broken into lines of at most `width` columns, at spaces where possible
    /// and inside words only when a word alone is too wide.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = word.displayWidth
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            line = ""
            lineWidth = 0
            for character in word {
                let characterWidth = character.displayWidth
                if lineWidth + characterWidth > width, lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
