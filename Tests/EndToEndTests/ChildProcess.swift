import Foundation
import Glibc

/// Runs a program with a clean signal mask and only descriptors 0–2, its output captured in files.
///
/// Foundation's `Process` passes on the spawning thread's signal mask, and the threads
/// Swift concurrency runs tests on block nearly every signal: a tmux server started that
/// way would hand its panes blocked SIGHUP, SIGINT and SIGTERM. Output goes to a file, not
/// a pipe, because a long-lived tmux server can inherit a pipe and never close it.
enum ChildProcess {
    /// Runs `arguments` (the program is found on PATH) and returns its status and combined output.
    static func run(_ arguments: [String], outputFile: String) throws -> (status: Int32, output: String) {
        let pid = try spawn(arguments, stdout: outputFile, stderr: nil)
        let status = wait(pid)
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        return (status, output)
    }

    /// Runs `arguments` to completion with standard output and standard error in separate
    /// files, standard input from `stdin` (default /dev/null).
    static func run(
        _ arguments: [String], stdout: String, stderr: String, stdin: String = "/dev/null"
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let pid = try spawn(arguments, stdout: stdout, stderr: stderr, stdin: stdin)
        let status = wait(pid)
        return (
            status,
            (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
        )
    }

    /// Like `run(_:stdout:stderr:stdin:)`, but waits by polling, so a slow child does not hold
    /// one of the few threads Swift concurrency runs every test of the process on.
    static func runPolling(
        _ arguments: [String], stdout: String, stderr: String, stdin: String = "/dev/null"
    ) async throws -> (status: Int32, stdout: String, stderr: String) {
        let pid = try spawn(arguments, stdout: stdout, stderr: stderr, stdin: stdin)
        var status = exitStatusIfEnded(pid)
        while status == nil {
            try? await Task.sleep(for: .milliseconds(10))
            status = exitStatusIfEnded(pid)
        }
        return (
            status!,
            (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
        )
    }

    /// Starts `arguments` and returns at once with its pid; `stderr` nil means the same
    /// file as standard output. Reap it with `wait(_:)`.
    static func spawn(_ arguments: [String], stdout: String, stderr: String?, stdin: String = "/dev/null") throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let stderr {
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        // Nothing else of the test process leaks in: a long-lived tmux server that inherited,
        // say, another test's listening socket would keep that port accepting connections
        // after the test closed it (HTTPProviderTests.connectionRefused then hangs).
        guard let closeFrom = addCloseFrom else { throw POSIXError(.ENOSYS) }
        _ = closeFrom(&actions, 3)

        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which the Glibc module
    /// does not export to Swift.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// Waits for `pid` and returns its exit code, or 128 + n when signal n ended it.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // The low 7 bits are the killing signal, if any; otherwise the exit code sits above them.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The exit status if `pid` has ended (reaping it), nil while it runs.
    static func exitStatusIfEnded(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
