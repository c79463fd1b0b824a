import Foundation

/// Runs one command in a detached tmux session of a fixed size, so end-to-end tests can
/// type into the real program and read its screen as text.
///
/// Every instance has its own server (`tmux -L`), so tests run in parallel without
/// seeing each other. Call `kill()` in a `defer` right after creating it.
final class Tmux {
    /// Why driving tmux failed; messages include what the screen showed.
    enum Failure: Error, CustomStringConvertible {
        case commandFailed(arguments: [String], status: Int32, output: String)
        case timedOut(waitingFor: String, screen: String)

        var description: String {
            switch self {
            case .commandFailed(let arguments, let status, let output):
                "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)"
            case .timedOut(let waitingFor, let screen):
                "timed out waiting for \(waitingFor); the screen was:\n\(screen)"
            }
        }
    }

    /// Whether a tmux executable is on the PATH; tests skip themselves without it.
    static let isInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        }
    }()

    private static let target = "main"
    private static let pollInterval = Duration.milliseconds(50)

    private let socket: String
    private let directory: URL

    /// Starts `command`, a shell command line, in a `width` × `height` pane.
    ///
    /// The pane stays after the command ends, so its last screen can be read. The exit
    /// status is written to a file by a wrapper script: tmux 3.3 sometimes marks a pane
    /// dead without ever filling in `pane_dead_status`.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "kc-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A config of our own: the user's is ignored, no status line steals a row, and the
        // pane outlives the command.
        let config = directory.appendingPathComponent("tmux.conf")
        try """
        set -g remain-on-exit on
        set -g status off
        set -g default-terminal tmux-256color
        """.write(to: config, atomically: false, encoding: .utf8)
        let script = directory.appendingPathComponent("command.sh")
        try "\(command)\n".write(to: script, atomically: false, encoding: .utf8)
        // Written then renamed, so a reader never sees a half-written status.
        let status = "'\(statusFile.path)'"
        let wrapper = "sh '\(script.path)'; echo $? > \(status).tmp; mv \(status).tmp \(status)"
        let variables = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try runBlocking(["-f", config.path, "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)"]
            + variables + [wrapper])
    }

    /// Sends tmux key names, such as `"Enter"`, `"Escape"`, `"C-c"`, `"Up"` or `"BTab"`.
    func sendKeys(_ keys: String...) async throws {
        try await run(["send-keys", "-t", Self.target] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) async throws {
        try await run(["send-keys", "-t", Self.target, "-l", text])
    }

    /// The pane's screen as plain text, one line per row, trailing blanks trimmed by tmux.
    func capturePane() async throws -> String {
        try await run(["capture-pane", "-p", "-t", Self.target])
    }

    /// The pane's screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func capturePaneWithAttributes() async throws -> String {
        try await run(["capture-pane", "-p", "-e", "-t", Self.target])
    }

    /// Every wait may take this many times its stated timeout: the timeouts say how long a
    /// user would wait on a quiet machine, while the whole suite starts at once on two cores
    /// and can hold a process back for seconds. A passing wait ends as soon as it holds.
    static let slack = 4

    /// Waits until the screen contains `text`, checking every 50 ms; returns that screen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(5)) async throws -> String {
        let deadline = ContinuousClock.now + timeout * Self.slack
        var screen = try await capturePane()
        while !screen.contains(text) {
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waitingFor: "\"\(text)\"", screen: screen)
            }
            try await Task.sleep(for: Self.pollInterval)
            screen = try await capturePane()
        }
        return screen
    }

    /// Waits until `condition` holds for the screen, checking every 50 ms; returns that screen.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Duration = .seconds(5), until condition: (String) -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now + timeout * Self.slack
        var screen = try await capturePane()
        while !condition(screen) {
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waitingFor: description, screen: screen)
            }
            try await Task.sleep(for: Self.pollInterval)
            screen = try await capturePane()
        }
        return screen
    }

    /// Expands a tmux format for the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func display(_ format: String) async throws -> String {
        try await run(["display-message", "-p", "-t", Self.target, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the pane, as a user dragging the terminal window would.
    func resize(width: Int, height: Int) async throws {
        try await run(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The command's exit status (128 + n when signal n ended it), or nil while it runs.
    var exitStatus: Int32? {
        guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private var statusFile: URL { directory.appendingPathComponent("status") }

    /// Waits for the command to end and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(5)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout * Self.slack
        while true {
            if let status = exitStatus { return status }
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waitingFor: "the command to exit", screen: try await capturePane())
            }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// Stops the tmux server and removes its files; safe to call more than once.
    func kill() {
        _ = try? runBlocking(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a tmux command, waiting by polling so the few threads Swift concurrency runs
    /// every test on (unit tests with timers included) are never blocked in `waitpid`.
    @discardableResult
    private func run(_ arguments: [String]) async throws -> String {
        let outputFile = directory.appendingPathComponent("output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let result = try await ChildProcess.runPolling(
            ["tmux", "-L", socket] + arguments, stdout: outputFile, stderr: outputFile + ".err")
        defer { try? FileManager.default.removeItem(atPath: outputFile + ".err") }
        let (status, output) = (result.status, result.stdout + result.stderr)
        guard status == 0 else {
            throw Failure.commandFailed(arguments: arguments, status: status, output: output)
        }
        return output
    }

    /// The blocking form, for `init` and `kill()` (called from `defer`).
    @discardableResult
    private func runBlocking(_ arguments: [String]) throws -> String {
        let outputFile = directory.appendingPathComponent("output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        let (status, output) = try ChildProcess.run(["tmux", "-L", socket] + arguments, outputFile: outputFile)
        guard status == 0 else {
            throw Failure.commandFailed(arguments: arguments, status: status, output: output)
        }
        return output
    }
}
