import Testing
@testable import KotaCerdasTerminal

@Suite struct SynchronizedOutputTests {
    @Test func anEnabledFrameIsWrappedInMode2026() {
        var written: [String] = []
        let output = SynchronizedOutput(isEnabled: true) { written.append($0) }
        output.frame { written.append("frame") }
        #expect(written == ["\u{1B}[?2026h", "frame", "\u{1B}[?2026l"])
    }

    @Test func aDisabledFrameIsWrittenAlone() {
        var written: [String] = []
        let output = SynchronizedOutput(isEnabled: false) { written.append($0) }
        output.frame { written.append("frame") }
        #expect(written == ["frame"])
    }

    @Test func terminfosSyncCapabilityDecides() {
        #expect(SynchronizedOutput.isSupported(environment: ["TERM": "xterm-256color"], terminfoHasSync: true))
        #expect(!SynchronizedOutput.isSupported(environment: ["TERM": "xterm-256color"], terminfoHasSync: false),
                "an unknown terminal is left alone")
    }

    @Test(arguments: [
        ["TERM": "xterm-kitty"], ["TERM": "foot"], ["TERM": "alacritty"], ["TERM": "xterm-ghostty"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"], ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"],
        ["TERM": "xterm-256color", "WT_SESSION": "1"],
    ])
    func knownTerminalsGetIt(environment: [String: String]) {
        #expect(SynchronizedOutput.isSupported(environment: environment, terminfoHasSync: false))
    }

    @Test(arguments: [
        ["TERM": "screen-256color"], ["TERM": "tmux-256color"], ["TERM": "xterm-kitty", "TMUX": "/tmp/tmux-0/default,1,0"],
        ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm", "STY": "1.pts-0"], ["TERM": "linux"], ["TERM": "vt100"],
    ])
    func multiplexersAndOtherTerminalsDoNot(environment: [String: String]) {
        #expect(!SynchronizedOutput.isSupported(environment: environment, terminfoHasSync: false))
    }

    @Test func theEnvironmentForcesItEitherWay() {
        #expect(!SynchronizedOutput.isSupported(environment: ["TERM": "xterm-kitty", "KOTACERDAS_SYNC": "off"], terminfoHasSync: true))
        #expect(SynchronizedOutput.isSupported(environment: ["TERM": "tmux-256color", "KOTACERDAS_SYNC": "on"], terminfoHasSync: false))
    }
}
