/// What the app wants after handling one event.
public enum LoopDecision: Sendable, Equatable {
    /// Nothing visible changed: the screen stays as it is and the loop sleeps on.
    case unchanged
    /// The state changed: render and present a new frame.
    case redraw
    /// Stop the loop; the caller then restores the terminal.
    case quit
}
