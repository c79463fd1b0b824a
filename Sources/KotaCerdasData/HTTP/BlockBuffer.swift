/// Bytes collected in fixed 64 KiB blocks and joined once, at the end.
///
/// One array grown by appending would be reallocated at every doubling; glibc then raises
/// its mmap threshold to the freed size and keeps later bodies in its arenas, so after a
/// few oversize answers the process held 60 MB it no longer used. Blocks this size stay
/// below that threshold, and a stopped download frees them back to where they came from.
struct BlockBuffer {
    static let blockSize = 64 * 1024

    private var blocks: [[UInt8]] = []
    private(set) var count = 0

    mutating func append(_ bytes: some Collection<UInt8>) {
        var rest = bytes[...]
        while !rest.isEmpty {
            if blocks.isEmpty || blocks[blocks.count - 1].count == Self.blockSize {
                blocks.append([])
                blocks[blocks.count - 1].reserveCapacity(Self.blockSize)
            }
            let room = Self.blockSize - blocks[blocks.count - 1].count
            blocks[blocks.count - 1].append(contentsOf: rest.prefix(room))
            rest = rest.dropFirst(room)
        }
        count += bytes.count
    }

    /// All the bytes in one array of exactly their size.
    func joined() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for block in blocks { bytes.append(contentsOf: block) }
        return bytes
    }
}
