import CNcursesw
import Glibc
import KotaCerdasKit

/// The one thread that owns curses: sleeps in `poll()` on the keyboard, a signalfd and
/// the mailbox, hands the app each event, and presents a frame only when something changed.
///
/// Idle means asleep: there is no frame rate, only the delay the app asks for.
/// Call `TerminalSignals.block()` before creating it (before any thread starts).
public final class EventLoop<Message: Sendable> {
    /// Where other threads and tasks post messages for the app.
    public let mailbox: Mailbox<Message>

    private let session: TerminalSession
    private let presenter: Presenter
    private let signals: SignalChannel
    private let reader: InputReader

    public init(session: TerminalSession, presenter: Presenter) throws(TerminalError) {
        self.session = session
        self.presenter = presenter
        mailbox = try Mailbox()
        signals = try SignalChannel(signals: TerminalSignals.all)
        reader = InputReader(window: session.window)
    }

    /// Runs until the app quits or is asked to stop.
    ///
    /// - Parameters:
    ///   - handle: applies one event to the app's state and says what follows.
    ///   - present: draws the app's state and shows it through the presenter.
    ///   - nextTick: how long until the app next wants a `.tick` (say, the next whole
    ///     minute), or nil to sleep until something happens. Asked before every wait.
    /// - Returns: the signal that stopped the loop, or nil when the app chose to quit.
    @discardableResult
    public func run(
        handle: (LoopEvent<Message>) -> LoopDecision,
        present: () -> Void,
        nextTick: () -> Duration?
    ) throws(TerminalError) -> TerminationSignal? {
        var needsFrame = true
        while true {
            if needsFrame {
                present()
                needsFrame = false
            }
            let (events, resized) = try waitForEvents(timeout: PollTimeout.milliseconds(for: nextTick()))
            needsFrame = resized
            for event in events {
                let decision = handle(event)
                // A stop request ends the loop whatever the app decided, and says why.
                if case .terminate(let signal) = event { return signal }
                switch decision {
                case .quit: return nil
                case .redraw: needsFrame = true
                case .unchanged: break
                }
            }
        }
    }

    /// Sleeps until something happens, then collects it: resize first, so later events
    /// see the new size, and stop requests last.
    private func waitForEvents(timeout: Int32) throws(TerminalError) -> (events: [LoopEvent<Message>], resized: Bool) {
        var descriptors = [session.inputDescriptor, signals.descriptor, mailbox.descriptor].map {
            pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
        }
        let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if ready < 0 {
            guard errno == EINTR else { throw .systemCall(name: "poll", errno: errno) }
            return ([], false)
        }
        if ready == 0 {
            return ([.tick], false)
        }

        var events: [LoopEvent<Message>] = []
        var stops: [TerminationSignal] = []
        var resized = false
        if descriptors[1].revents != 0 {
            for number in signals.drain() {
                if number == SIGWINCH {
                    resized = true
                } else if let stop = TerminationSignal(signal: number), !stops.contains(stop) {
                    stops.append(stop)
                }
            }
        }
        if resized {
            resized = session.adoptWindowSize()
        }
        if resized {
            presenter.redrawAll()
            events.append(.input(.resize(width: session.width, height: session.height)))
        }
        let input = descriptors[0].revents
        if input & Int16(POLLIN) != 0 {
            events += reader.readAvailable().map { .input($0) }
        }
        if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, !stops.contains(.hangup) {
            stops.append(.hangup)
        }
        if descriptors[2].revents != 0 {
            events += mailbox.take().map { .message($0) }
        }
        events += stops.map { .terminate($0) }
        return (events, resized)
    }
}
