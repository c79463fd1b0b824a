import Glibc
import Testing
@testable import KotaCerdasTerminal

/// Signals are sent to the test's own thread with the signal blocked there, so the test
/// runner's other threads never see them.
@Suite struct SignalChannelTests {
    private func withBlocked<T>(_ signals: [Int32], _ body: () throws -> T) rethrows -> T {
        var set = sigset_t()
        var previous = sigset_t()
        sigemptyset(&set)
        for signal in signals {
            sigaddset(&set, signal)
        }
        pthread_sigmask(SIG_BLOCK, &set, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    private func isReadable(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 1000) == 1
    }

    @Test func aBlockedSignalArrivesAsData() throws {
        try withBlocked([SIGUSR1]) {
            let channel = try SignalChannel(signals: [SIGUSR1])
            pthread_kill(pthread_self(), SIGUSR1)
            #expect(isReadable(channel.descriptor))
            #expect(channel.drain() == [SIGUSR1])
            #expect(channel.drain().isEmpty)
        }
    }

    @Test func resizeSignalsCoalesce() throws {
        try withBlocked([SIGWINCH]) {
            let channel = try SignalChannel(signals: [SIGWINCH])
            for _ in 0..<3 {
                pthread_kill(pthread_self(), SIGWINCH)
            }
            #expect(isReadable(channel.descriptor))
            #expect(channel.drain() == [SIGWINCH])
        }
    }

    @Test func stopSignalsAreRecognised() {
        #expect(TerminationSignal(signal: SIGINT) == .interrupt)
        #expect(TerminationSignal(signal: SIGTERM) == .terminate)
        #expect(TerminationSignal(signal: SIGHUP) == .hangup)
        #expect(TerminationSignal(signal: SIGWINCH) == nil)
        #expect(TerminationSignal.interrupt.exitCode == 130)
        #expect(TerminationSignal.terminate.exitCode == 143)
    }
}
