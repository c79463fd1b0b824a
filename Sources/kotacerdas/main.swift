import ArgumentParser
import KotaCerdasTerminal

// Parsed by hand instead of with @main so the dashboard can block its signals before
// the concurrency runtime starts any thread: threads inherit the signal mask, and the
// event loop reads SIGINT/SIGTERM/SIGHUP/SIGWINCH from a signalfd. Other commands keep
// the default handling, so Ctrl-C ends them at once.
do {
    var command = try KotaCerdas.parseAsRoot()
    if command is DashboardCommand {
        TerminalSignals.block()
    }
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch {
    KotaCerdas.exit(withError: error)
}

/// Opens the existential so the async `run()` is called, not the synchronous requirement
/// that `AsyncParsableCommand` inherits from `ParsableCommand`.
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}
