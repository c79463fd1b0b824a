import Foundation
import KotaCerdasUI
import Testing

/// Compares a rendered frame with its golden file under `Snapshots/`, or records it
/// when `KOTACERDAS_RECORD_SNAPSHOTS=1`. Every line must be exactly as wide as the frame.
func assertSnapshot(_ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = (0..<buffer.height).map(buffer.line)
    for (index, line) in lines.enumerated() where line.displayWidth != buffer.width {
        Issue.record("\(name): line \(index + 1) is \(line.displayWidth) columns wide, not \(buffer.width)",
                     sourceLocation: sourceLocation)
    }
    let actual = lines.joined(separator: "\n") + "\n"
    let file = snapshotDirectory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["KOTACERDAS_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
        do {
            try actual.write(to: file, atomically: false, encoding: .utf8)
        } catch {
            Issue.record("\(name): cannot record: \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("\(name): no golden file at \(file.path); run with KOTACERDAS_RECORD_SNAPSHOTS=1 to record it",
                     sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: "\(name) differs from its golden file:\n" + lineDiff(expected: expected, actual: actual)),
                 sourceLocation: sourceLocation)
}

private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

/// The differing lines, numbered, expected above actual.
private func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
        let before = index < old.count ? String(old[index]) : "<none>"
        let after = index < new.count ? String(new[index]) : "<none>"
        guard before != after else { continue }
        report.append(String(format: "%4d expected: %@", index + 1, before))
        report.append(String(format: "%4d actual:   %@", index + 1, after))
    }
    return report.joined(separator: "\n")
}
