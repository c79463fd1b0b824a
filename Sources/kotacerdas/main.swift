import ArgumentParser
import KotaCerdasTerminal

// A synchronous entry point (see `Blocking`): the dashboard blocks its signals before
// any thread exists, so every thread inherits the mask and the event loop reads
// SIGINT/SIGTERM/SIGHUP/SIGWINCH from a signalfd; it then runs its loop on this, the
// main thread. Other commands keep the default signal handling, so Ctrl-C ends them.
do {
    var command = try KotaCerdas.parseAsRoot()
    if var dashboard = command as? DashboardCommand {
        TerminalSignals.block()
        try dashboard.run()
    } else if let asyncCommand = command as? any AsyncParsableCommand {
        let sendable = UncheckedSendable(asyncCommand)
        try Blocking.run { try await sendable.run() }
    } else {
        try command.run()
    }
} catch {
    KotaCerdas.exit(withError: error)
}
