import Glibc
import Synchronization
import Foundation

/// Watches one file through inotify on its directory, because editors save by writing a
/// new file and renaming it over the old one, which a watch on the file itself misses.
///
/// The inotify descriptor is read on a thread of its own with `poll()`, never on the
/// cooperative pool, and a pipe wakes that thread when the watcher stops.
final class DirectoryWatcher: Sendable {
    /// Events that mean the file may have new contents or be gone.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
    /// Editors emit several events per save; the file is read once they stop for this long.
    private static let settleMilliseconds: Int32 = 30

    private let inotifyDescriptor: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let exited = DispatchSemaphore(value: 0)
    private let active = Atomic<Bool>(true)
    private let stopped = Atomic<Bool>(false)

    /// False once the directory itself went away; the owner then falls back to polling.
    var isActive: Bool { active.load(ordering: .acquiring) }

    /// Starts watching, or returns nil when inotify is unavailable (the caller polls).
    init?(path: String, onChange: @escaping @Sendable () -> Void) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard inotify_add_watch(descriptor, directory, Self.mask) >= 0 else {
            close(descriptor)
            return nil
        }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            close(descriptor)
            return nil
        }
        fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        inotifyDescriptor = descriptor
        stopPipe = (fds[0], fds[1])
        // The thread keeps the watcher alive until `stop()` ends it.
        let thread = Thread { [self] in
            Self.watch(inotify: inotifyDescriptor, stop: stopPipe.read, name: name, onChange: onChange)
            active.store(false, ordering: .releasing)
            exited.signal()
        }
        thread.name = "kotacerdas-inotify"
        thread.start()
    }

    /// Stops the thread and closes the descriptors. Safe to call more than once.
    func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
        exited.wait()
        close(inotifyDescriptor)
        close(stopPipe.read)
        close(stopPipe.write)
    }

    /// The thread's loop: wait for events naming the file, let a burst settle, report once.
    /// Returns when asked to stop or when the directory's watch is gone.
    private static func watch(inotify: Int32, stop: Int32, name: String, onChange: @Sendable () -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed = false
        while true {
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, changed ? settleMilliseconds : -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if fds[1].revents != 0 { return }
            if ready == 0 {
                changed = false
                onChange()
                continue
            }
            let count = read(inotify, &buffer, buffer.count)
            guard count > 0 else { return }
            let events = InotifyEvents(bytes: buffer[..<count])
            if events.contains(where: { $0.mask & UInt32(IN_IGNORED) != 0 }) {
                onChange()
                return
            }
            // An overflow drops events, possibly the file's own: read it to be sure.
            if events.contains(where: { $0.name == name || $0.mask & UInt32(IN_Q_OVERFLOW) != 0 }) { changed = true }
        }
    }
}
