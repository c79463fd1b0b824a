import Testing

@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed; end-to-end tests need it (apt-get install tmux)"))
struct TmuxTests {
    @Test func showsOutputAndTakesKeys() async throws {
        let tmux = try Tmux(width: 40, height: 10, command: "printf 'kota cerdas\\n'; cat")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "kota cerdas")
        try await tmux.type("halo")
        try await tmux.sendKeys("Enter")
        let screen = try await tmux.waitFor(text: "halo\nhalo")
        #expect(screen.hasPrefix("kota cerdas\n"))
        #expect(tmux.exitStatus == nil)
        try await tmux.sendKeys("C-d")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func reportsTheExitStatus() async throws {
        let tmux = try Tmux(width: 20, height: 5, command: "exit 3")
        defer { tmux.kill() }
        #expect(try await tmux.waitForExit() == 3)
    }

    @Test func resizesThePane() async throws {
        let tmux = try Tmux(width: 80, height: 24, command: "stty size; read line; stty size; read line")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "24 80")
        try await tmux.resize(width: 100, height: 30)
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "30 100")
    }

    @Test func passesTheEnvironment() async throws {
        let tmux = try Tmux(width: 40, height: 5, command: "echo \"lang=$KC_TEST\"; read line", environment: ["KC_TEST": "id"])
        defer { tmux.kill() }
        try await tmux.waitFor(text: "lang=id")
    }

    @Test func aTimeoutShowsTheLastScreen() async throws {
        let tmux = try Tmux(width: 30, height: 5, command: "echo nothing here; read line")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "nothing here")
        let failure = await #expect(throws: Tmux.Failure.self) {
            try await tmux.waitFor(text: "never", timeout: .milliseconds(200))
        }
        #expect(failure?.description.contains("nothing here") == true)
    }
}
