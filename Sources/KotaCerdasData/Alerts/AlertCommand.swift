import Foundation
import Glibc

/// Runs the config's `on-alert` command for each alert, without a shell: the arguments
/// exactly as configured, the alert in environment variables. Never blocks the caller:
/// each run is a child process in a process group of its own, waited for on a thread of
/// its own; after `timeout` the group is terminated, and killed two seconds later if it
/// ignores that, so nothing the command started lingers. At most `maxRunning` run at once, the next
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
        let pid: pid_t
        do {
            pid = try Self.spawn(executable, arguments: Array(arguments.dropFirst()), variables: variables)
        } catch {
            report("\(program): cannot be started (\(error.reason))")
            return
        }
        running += 1
        let outcome = Outcome()
        // A thread of its own per run waits for the child; at most `maxRunning` exist.
        Thread.detachNewThread { [queue, report] in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let ended = status
            queue.async {
                outcome.ended = true
                self.running -= 1
                report(outcome.timedOut ? "timed out after \(DurationText.format(self.timeout))" : Self.describe(ended))
                if !self.waiting.isEmpty { self.start(self.waiting.removeFirst()) }
            }
        }
        // The command runs in a process group of its own, so whatever it started ends too.
        queue.asyncAfter(deadline: .now() + timeout) {
            guard !outcome.ended else { return }
            outcome.timedOut = true
            kill(-pid, SIGTERM)
            self.queue.asyncAfter(deadline: .now() + 2) {
                if !outcome.ended { kill(-pid, SIGKILL) }
            }
        }
    }

    private struct SpawnError: Error {
        let reason: String
    }

    /// Starts `executable` directly (no shell) in a new process group, with the inherited
    /// environment plus `variables`, default signal handling, and nothing on its standard
    /// input, output and error.
    private static func spawn(_ executable: String, arguments: [String], variables: [String: String]) throws(SpawnError)
        -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The dashboard blocks and catches signals for its own loop; the child starts clean.
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let environment = ProcessInfo.processInfo.environment.merging(variables) { $1 }.map { $0.key + "=" + $0.value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        var result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // A script being saved at that moment (or still open in a process forking) is
        // busy for a moment; a few short tries ride that out.
        for _ in 0..<5 where result == ETXTBSY {
            usleep(20_000)
            result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        guard result == 0 else { throw SpawnError(reason: String(cString: strerror(result))) }
        return pid
    }

    /// nil for exit status 0, else how the run ended, from a `waitpid` status.
    private static func describe(_ status: Int32) -> String? {
        let signal = status & 0x7f
        if signal != 0 { return "ended by signal \(signal)" }
        let code = (status >> 8) & 0xff
        return code == 0 ? nil : "exit status \(code)"
    }

    /// A path as given, or a bare name looked up in `PATH`, as a shell would, without one.
    static func resolve(_ program: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { access($0, X_OK) == 0 }
    }

    /// How a run is going; set and read on the runner's queue.
    private final class Outcome: @unchecked Sendable {
        var timedOut = false
        var ended = false
    }
}
