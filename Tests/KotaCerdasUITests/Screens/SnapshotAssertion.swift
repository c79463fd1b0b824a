import Foundation
import KotaCerdasUI
import Testing

/// Compares a rendered frame with its golden files under `Snapshots/`, or records them
/// when `KOTACERDAS_RECORD_SNAPSHOTS=1`: `NAME.txt` holds what a user reads, and
/// `NAME.roles` the style role of every cell (one letter per column, see `RoleLetters`),
/// so a status drawn in the wrong colour fails as surely as a wrong word. Every line must
/// be exactly as wide as the frame.
func assertSnapshot(_ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = (0..<buffer.height).map(buffer.line)
    for (index, line) in lines.enumerated() where line.displayWidth != buffer.width {
        Issue.record("\(name): line \(index + 1) is \(line.displayWidth) columns wide, not \(buffer.width)",
                     sourceLocation: sourceLocation)
    }
    let text = lines.joined(separator: "\n") + "\n"
    let roles = RoleLetters.layer(of: buffer)
    let context = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    compareGolden(text, file: name + ".txt", sourceLocation: sourceLocation) { expected in
        lineDiff(expected: expected, actual: text)
    }
    compareGolden(roles, file: name + ".roles", sourceLocation: sourceLocation) { expected in
        lineDiff(expected: expected, actual: roles, context: context)
    }
}

/// Compares `actual` with the golden `file`, or records it in recording mode.
/// `diff` explains a difference given the expected text.
func compareGolden(_ actual: String, file: String, sourceLocation: SourceLocation, diff: (String) -> String) {
    let url = snapshotDirectory.appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["KOTACERDAS_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
        do {
            try actual.write(to: url, atomically: false, encoding: .utf8)
        } catch {
            Issue.record("\(file): cannot record: \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("\(file): no golden file at \(url.path); run with KOTACERDAS_RECORD_SNAPSHOTS=1 to record it",
                     sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: "\(file) differs from its golden file:\n" + diff(expected)),
                 sourceLocation: sourceLocation)
}

private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

/// The differing lines, numbered, expected above actual; with `context` (the frame's
/// text), each pair is headed by the text of that line, so a role letter can be read
/// against the character it colours.
func lineDiff(expected: String, actual: String, context: [String] = []) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
        let before = index < old.count ? String(old[index]) : "<none>"
        let after = index < new.count ? String(new[index]) : "<none>"
        guard before != after else { continue }
        if index < context.count { report.append(String(format: "%4d text:     %@", index + 1, context[index])) }
        report.append(String(format: "%4d expected: %@", index + 1, before))
        report.append(String(format: "%4d actual:   %@", index + 1, after))
    }
    return report.joined(separator: "\n")
}
