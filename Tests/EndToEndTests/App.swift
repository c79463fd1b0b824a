import Foundation
import Glibc

/// Where the `kotacerdas` binary and the sample data are, for tests that run the real program.
enum App {
    /// The package's root directory, from this file's place in `Tests/EndToEndTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `kotacerdas` binary that `swift test` built next to the test bundle.
    static let binary: String = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let path = directory.appendingPathComponent("kotacerdas").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot.appendingPathComponent(".build/debug/kotacerdas").path
    }()

    static let sumenep = packageRoot.appendingPathComponent("sample-data/sumenep.json").path
    static let bandung = packageRoot.appendingPathComponent("sample-data/bandung.json").path

    /// The six dimension names of the Sumenep sample, in English and in Indonesian.
    static let dimensionsEnglish = [
        "Smart Governance", "Smart Living", "Smart Environment",
        "Smart Society", "Smart Economy", "Smart Mobility",
    ]
}

/// A fresh temporary directory per test: HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME point
/// into it, so no cache or config leaks between tests. Call `remove()` in a `defer`.
final class Sandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("kc-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        for sub in ["home", "cache", "config", "data"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A clean environment for the program: nothing of the test runner's leaks in.
    func environment(lang: String? = "C.UTF-8", term: String? = "screen-256color") -> [String: String] {
        var variables = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": path("home"),
            "XDG_CACHE_HOME": path("cache"),
            "XDG_CONFIG_HOME": path("config"),
        ]
        if let lang { variables["LANG"] = lang }
        if let term { variables["TERM"] = term }
        return variables
    }

    /// `env -i K=V … kotacerdas args…` as arguments for `ChildProcess`.
    func command(_ arguments: [String], lang: String? = "C.UTF-8", term: String? = "screen-256color") -> [String] {
        ["env", "-i"] + environment(lang: lang, term: term).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [App.binary] + arguments
    }

    /// Copies the Sumenep sample into the sandbox and returns the copy's path.
    func copySample(named name: String = "sumenep.json", from source: String = App.sumenep) throws -> String {
        let target = path("data/\(name)")
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    /// Writes `text` to a temporary file beside `path` and renames it over, as editors save.
    func save(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(UUID().uuidString.prefix(6))"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Removes the sandbox; tried again briefly, as a pane's shell may still be writing
    /// its last file while it goes.
    func remove() {
        for _ in 0..<5 {
            try? FileManager.default.removeItem(at: root)
            guard FileManager.default.fileExists(atPath: root.path) else { return }
            usleep(50_000)
        }
    }
}

/// Quotes `text` for a POSIX shell.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// The dashboard running in its own tmux server, in a sandbox of its own.
///
/// The pane runs a small script: it records the shell's pid, runs the app with a clean
/// environment, then records `stty -a` and prints a marker, so a test can see what the
/// user's shell gets back. Call `stop()` in a `defer`.
final class Dashboard {
    static let exitMarker = "KC-E2E-APP-EXITED"

    let tmux: Tmux
    let sandbox: Sandbox
    private let ownsSandbox: Bool

    init(
        _ arguments: [String] = [], width: Int = 120, height: Int = 40,
        lang: String? = "C.UTF-8", term: String? = "screen-256color", noCache: Bool = true,
        redirect: String = "", sandbox: Sandbox? = nil
    ) throws {
        let box = try sandbox ?? Sandbox()
        self.sandbox = box
        ownsSandbox = sandbox == nil
        let command = box.command(arguments + (noCache ? ["--no-cache"] : []), lang: lang, term: term)
            .map(shellQuoted).joined(separator: " ")
        // The trap: when the test ends the tmux server, the wrapper leaves at once instead
        // of writing into a sandbox that is being removed.
        let script = """
        trap 'exit 129' HUP
        echo $$ > \(shellQuoted(box.path("shell.pid")))
        \(command) \(redirect)
        status=$?
        stty -a > \(shellQuoted(box.path("stty.txt"))) 2>&1
        echo "\(Self.exitMarker) $status"
        echo $status > \(shellQuoted(box.path("status.tmp")))
        mv \(shellQuoted(box.path("status.tmp"))) \(shellQuoted(box.path("status")))
        exec sleep 120
        """
        do {
            tmux = try Tmux(width: width, height: height, command: script)
        } catch {
            if ownsSandbox { box.remove() }
            throw error
        }
    }

    /// The app's pid: the child of the pane's shell, once it has started.
    var appPid: pid_t? {
        guard let text = try? String(contentsOfFile: sandbox.path("shell.pid"), encoding: .utf8),
              let shell = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        else { return nil }
        for child in children.split(separator: " ").compactMap({ Int32($0) }) {
            let commandLine = (try? String(contentsOfFile: "/proc/\(child)/cmdline", encoding: .utf8)) ?? ""
            if commandLine.hasPrefix(App.binary) { return child }
        }
        return nil
    }

    /// Waits until the app has started and returns its pid.
    func waitForAppPid(timeout: Duration = .seconds(5)) async throws -> pid_t {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let pid = appPid { return pid }
            guard ContinuousClock.now < deadline else {
                throw Tmux.Failure.timedOut(waitingFor: "the app's pid", screen: try await tmux.capturePane())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The app's exit status (128 + n for signal n), or nil while it runs. The pane's shell
    /// stays alive afterwards, so the terminal's state can be read as the user would see it.
    var exitStatus: Int32? {
        guard let text = try? String(contentsOfFile: sandbox.path("status"), encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the app to end and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(5)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = exitStatus { return status }
            guard ContinuousClock.now < deadline else {
                throw Tmux.Failure.timedOut(waitingFor: "the app to exit", screen: try await tmux.capturePane())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// `stty -a` as the shell saw it after the app ended.
    var sttyAfterExit: String {
        (try? String(contentsOfFile: sandbox.path("stty.txt"), encoding: .utf8)) ?? ""
    }

    /// Stops the app (if still running), the tmux server and removes the sandbox.
    func stop() {
        // The server first: its hangup makes the wrapper leave without writing (its trap),
        // where a killed app would let it go on writing into the sandbox being removed.
        tmux.kill()
        if let pid = appPid { Glibc.kill(pid, SIGKILL) }
        if ownsSandbox { sandbox.remove() }
    }
}

/// The words of `stty -a` output, such as `echo`, `-echo`, `icanon`.
func sttyFlags(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
}

/// Display width of a line, counting East Asian wide and emoji characters as 2.
func displayWidth(_ line: Substring) -> Int {
    line.reduce(0) { total, character in
        let scalar = character.unicodeScalars.first!.value
        let wide = (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
            || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
            || (0xFFE0...0xFFE6).contains(scalar) || (0x1F300...0x1FAFF).contains(scalar)
        return total + (wide ? 2 : 1)
    }
}
