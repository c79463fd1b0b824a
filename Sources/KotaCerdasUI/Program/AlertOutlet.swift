import KotaCerdasCore

/// Where the program sends what alerts ask of the edges: announcing raised and cleared
/// alerts (the bell, the alert command) and keeping the book on disk. The defaults do
/// nothing, for a dashboard without persistence or actions (`--no-cache`, tests).
public struct AlertOutlet {
    public var announce: ([AlertChange]) -> Void
    /// Keeps the book; returns why it could not, which the user reads on exit.
    public var save: (AlertBook) -> String?

    public init(announce: @escaping ([AlertChange]) -> Void = { _ in }, save: @escaping (AlertBook) -> String? = { _ in nil }) {
        self.announce = announce
        self.save = save
    }
}
