import CNcursesw
import KotaCerdasKit

/// Reads everything the keyboard and mouse have sent, without blocking.
struct InputReader {
    let window: UnsafeMutablePointer<WINDOW>

    /// Enough for a large paste; the rest stays queued for the next round, keeping the loop responsive.
    private static let batchLimit = 4096

    /// The decoded events now waiting; the window must be in `nodelay` mode.
    func readAvailable() -> [InputEvent] {
        var events: [InputEvent] = []
        for _ in 0..<Self.batchLimit {
            guard let raw = next() else { break }
            if let event = InputDecoder.decode(raw) {
                events.append(event)
            }
        }
        return events
    }

    private func next() -> RawInput? {
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK:
            return .character(value)
        case KEY_CODE_YES where Int32(value) == KEY_MOUSE:
            var event = MEVENT()
            // A report curses could not complete becomes an ignorable key instead of ending the batch.
            guard getmouse(&event) == OK else { return .keyCode(KEY_MOUSE) }
            return .mouse(x: event.x, y: event.y, buttons: event.bstate)
        case KEY_CODE_YES:
            return .keyCode(Int32(value))
        default:
            return nil
        }
    }
}
