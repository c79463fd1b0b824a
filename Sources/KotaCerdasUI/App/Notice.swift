import Foundation
import KotaCerdasCore

/// A message the bottom bar shows for a few seconds in place of the key hints: where an
/// export was saved, or why it was not.
public struct Notice: Equatable, Sendable {
    public var outcome: ExportOutcome
    /// When the bottom bar goes back to its hints.
    public var expires: Date

    /// Long enough to read a file name from across the room, short enough not to hide the hints.
    static let duration: TimeInterval = 8

    init(_ outcome: ExportOutcome, shownAt time: Date) {
        self.outcome = outcome
        expires = time + Self.duration
    }

    /// The words for the bottom bar.
    func text(_ language: Language) -> String {
        switch outcome {
        case .saved(let names):
            // `….svg + .html`: the stem once, so the name fits the bar.
            let stem = (names.first as NSString?)?.deletingPathExtension ?? ""
            let rest = names.dropFirst().map { $0.hasPrefix(stem) ? String($0.dropFirst(stem.count)) : $0 }
            return UIText.exported(([names.first ?? ""] + rest).joined(separator: " + ")).text(language)
        case .failed(let reason):
            return UIText.exportFailed(reason).text(language)
        }
    }

    var isFailure: Bool {
        if case .failed = outcome { return true }
        return false
    }
}

extension AppState {
    /// Clears the notice once its time is up.
    mutating func expireNotice() {
        if let notice, now >= notice.expires { self.notice = nil }
    }
}
