/// What became of a screen export.
public enum ExportOutcome: Equatable, Sendable {
    /// The names of the files written, in the export folder.
    case saved([String])
    /// Why nothing was written, e.g. the folder is read-only.
    case failed(String)
}
