import KotaCerdasKit

/// Everything the event loop hands the app: input, posted messages, ticks and stop requests.
public enum LoopEvent<Message: Sendable>: Sendable {
    /// A key, a mouse action or a resize (reported with the new size, bursts coalesced).
    case input(InputEvent)
    /// A message posted to the loop's mailbox, for instance "new data arrived".
    case message(Message)
    /// The delay the app last asked for through `nextTick` has passed.
    case tick
    /// A signal or a lost terminal asks the app to stop; the loop ends after this event.
    case terminate(TerminationSignal)
}
