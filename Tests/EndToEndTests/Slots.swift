import Testing

/// Limits how many end-to-end tests run at once.
///
/// Each one starts debug builds of the app (and tmux servers); on a small machine many at
/// once starve the other test targets in the same `swift test` process, whose network
/// tests rely on one-second timeouts. A few at a time keeps the whole run honest.
actor Slots {
    static let shared = Slots(count: 2)

    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            free += 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}

/// A trait that runs each test case of a suite inside one of the `Slots`.
struct EndToEndSlot: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        await Slots.shared.acquire()
        do {
            try await function()
        } catch {
            await Slots.shared.release()
            throw error
        }
        await Slots.shared.release()
    }
}

extension Trait where Self == EndToEndSlot {
    /// Run each test case in one of a few end-to-end slots.
    static var endToEndSlot: Self { EndToEndSlot() }
}
