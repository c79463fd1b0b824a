import Glibc

/// What changes when a file is saved: its inode (editors save by rename), size and
/// modification time. Compared by the polling fallback, which cannot see events.
struct FileFingerprint: Equatable {
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    /// The fingerprint of `path`, or nil when it does not exist or cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
    }
}
