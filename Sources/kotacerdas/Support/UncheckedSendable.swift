import ArgumentParser

/// Carries a parsed command into the task that runs it. Safe because the command is
/// handed over whole: the thread that parsed it only waits until the task is done.
struct UncheckedSendable: @unchecked Sendable {
    private var command: any AsyncParsableCommand

    init(_ command: any AsyncParsableCommand) {
        self.command = command
    }

    func run() async throws {
        var command = command
        try await Self.run(&command)
    }

    /// Opens the existential so the async `run()` is called, not the synchronous
    /// requirement `AsyncParsableCommand` inherits from `ParsableCommand`.
    private static func run<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
        try await command.run()
    }
}
