import Foundation
import KotaCerdasCore

/// One outcome of reading a source.
public enum ProviderUpdate: Sendable {
    /// The source delivered a document (full, or `"partial": true`) that passed its own checks.
    case document(JSONValue, at: Date)
    /// The source was read and has not changed since its last document.
    case unchanged(at: Date)
    /// Reading failed. The message is safe to show: secrets are already masked.
    case failure(String, at: Date)
}
