import Foundation
import KotaCerdasCore

extension SnapshotStore {
    /// Waits until every source has either delivered or failed once (or `timeout` passes)
    /// and returns the health records at that moment: how one-shot commands such as
    /// `snapshot` read live sources without running a dashboard.
    public func settle(timeout: Duration) async -> [SourceStatus] {
        let health = health()
        let watcher = Task { () -> [SourceStatus]? in
            for await statuses in health {
                let pending = statuses.contains { $0.kind != .cache && $0.lastSuccess == nil && $0.lastError == nil }
                if !pending { return statuses }
            }
            return nil
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            watcher.cancel()
        }
        defer { timer.cancel() }
        if let settled = await watcher.value { return settled }
        return allStatuses
    }
}
