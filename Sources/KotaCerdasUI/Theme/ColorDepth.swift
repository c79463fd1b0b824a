/// How many colours the terminal can show; themes degrade to what is available.
public enum ColorDepth: Sendable {
    /// No colour: attributes only.
    case monochrome
    /// The 16 basic colours (8 normal, 8 bright).
    case basic16
    /// The 256-colour palette.
    case palette256
}
