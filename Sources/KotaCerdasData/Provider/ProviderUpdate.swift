import Foundation
import KotaCerdasCore

/// One outcome of reading a source.
public enum ProviderUpdate: Sendable {
    /// The source delivered a document (full, or `"partial": true`) that passed its own checks.
    case document(JSONValue, at: Date)
    /// The source's adapter mapped a read into a document: it replaces the source's
    /// previous contribution (or updates it, for a v1 partial update), and its summary
    /// says what was read and skipped.
    case adapted(AdaptedDocument, at: Date)
    /// The source was read and has not changed since its last document.
    case unchanged(at: Date)
    /// Reading failed. The message is safe to show: secrets are already masked.
    case failure(String, at: Date)
}

extension ProviderUpdate {
    /// What a transport reports for an adapter's output: a document read as it is (v1) as
    /// `.document`, a mapped one with its summary as `.adapted`.
    static func read(_ adapted: AdaptedDocument, at date: Date) -> ProviderUpdate {
        adapted.summary == nil ? .document(adapted.json, at: date) : .adapted(adapted, at: date)
    }
}
