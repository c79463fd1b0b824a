import Foundation
import Glibc

/// Runs the config's `on-alert` command for each alert, without a shell: the arguments
/// exactly as configured, the alert in environment variables. Never blocks the caller:
/// each run is a child process watched on a queue, terminated after `timeout` and killed
/// two seconds later if it ignores that; at most `maxRunning` run at once, the next
/// `maxWaiting` wait their turn and any beyond are dropped with a note (a first start
/// on bad data raises many at once). Output goes nowhere. `report` hears how each run ended
/// (nil: exit status 0), on the runner's queue.
public final class AlertCommand: @unchecked Sendable {
    /// The program and its arguments, e.g. `["/usr/local/bin/notify", "--channel", "ops"]`.
    public let arguments: [String]
    public let timeout: TimeInterval
    public let maxRunning: Int

    public static let defaultTimeout: TimeInterval = 10
    public static let defaultMaxRunning = 4
    /// Runs waiting for a free slot; more are dropped.
    public static let maxWaiting = 500

    private let report: @Sendable (String?) -> Void
    private let queue = DispatchQueue(label: "kotacerdas.alert-command")
    /// Touched on `queue` only.
    private var running = 0
    private var waiting: [[String: String]] = []

    public init(
        arguments: [String], timeout: TimeInterval = defaultTimeout, maxRunning: Int = defaultMaxRunning,
        report: @escaping @Sendable (String?) -> Void
    ) {
        self.arguments = arguments
        self.timeout = timeout
        self.maxRunning = max(1, maxRunning)
        self.report = report
    }

    /// Starts the command with `variables` added to the inherited environment.
    public func run(with variables: [String: String]) {
        queue.async { self.start(variables) }
    }

    private func start(_ variables: [String: String]) {
        guard running < maxRunning else {
            guard waiting.count < Self.maxWaiting else {
                report("dropped an alert: \(maxRunning) alert commands running and \(Self.maxWaiting) waiting")
                return
            }
            waiting.append(variables)
            return
        }
        guard let program = arguments.first, let executable = Self.resolve(program) else {
            report("\(arguments.first ?? ""): not found")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(variables) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let outcome = Outcome()
        process.terminationHandler = { [queue, report] finished in
            queue.async {
                self.running -= 1
                report(outcome.timedOut ? "timed out after \(DurationText.format(self.timeout))"
                    : Self.describe(finished.terminationReason, status: finished.terminationStatus))
                if !self.waiting.isEmpty { self.start(self.waiting.removeFirst()) }
            }
        }
        do {
            try process.run()
        } catch {
            report("\(program): cannot be started (\(error.localizedDescription))")
            return
        }
        running += 1
        let pid = process.processIdentifier
        queue.asyncAfter(deadline: .now() + timeout) {
            guard process.isRunning else { return }
            outcome.timedOut = true
            process.terminate()
            self.queue.asyncAfter(deadline: .now() + 2) {
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
    }

    private static func describe(_ reason: Process.TerminationReason, status: Int32) -> String? {
        switch reason {
        case .exit: status == 0 ? nil : "exit status \(status)"
        case .uncaughtSignal: "ended by signal \(status)"
        @unknown default: "ended (\(status))"
        }
    }

    /// A path as given, or a bare name looked up in `PATH`, as a shell would, without one.
    static func resolve(_ program: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { access($0, X_OK) == 0 }
    }

    /// Whether the run was ended for taking too long; set and read on the runner's queue.
    private final class Outcome: @unchecked Sendable {
        var timedOut = false
    }
}
