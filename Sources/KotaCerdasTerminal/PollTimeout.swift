/// Converts "wake me in this long" into the millisecond timeout `poll()` takes.
enum PollTimeout {
    /// -1 (wait forever) for nil; otherwise the delay rounded up, so the loop never wakes
    /// early and spins, and clamped to what `poll()` accepts.
    static func milliseconds(for delay: Duration?) -> Int32 {
        guard let delay else { return -1 }
        let (seconds, attoseconds) = delay.components
        guard seconds >= 0, delay > .zero else { return 0 }
        let attosecondsPerMillisecond: Int64 = 1_000_000_000_000_000
        let fraction = (attoseconds + attosecondsPerMillisecond - 1) / attosecondsPerMillisecond
        let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return Int32.max }
        return Int32(clamping: millis + fraction)
    }
}
