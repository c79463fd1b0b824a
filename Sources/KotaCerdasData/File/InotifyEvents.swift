/// The records of one `read()` from an inotify descriptor: each a fixed 16-byte header
/// (`wd`, `mask`, `cookie`, `len`) followed by `len` bytes of NUL-padded name.
struct InotifyEvents: Sequence {
    struct Event {
        let mask: UInt32
        let name: String
    }

    let bytes: ArraySlice<UInt8>

    func makeIterator() -> AnyIterator<Event> {
        var offset = bytes.startIndex
        return AnyIterator {
            let headerSize = 16
            guard offset + headerSize <= bytes.endIndex else { return nil }
            let mask = Self.uint32(bytes, at: offset + 4)
            let length = Int(Self.uint32(bytes, at: offset + 12))
            let nameStart = offset + headerSize
            let nameEnd = Swift.min(nameStart + length, bytes.endIndex)
            let nameBytes = bytes[nameStart..<nameEnd].prefix(while: { $0 != 0 })
            offset = nameEnd
            return Event(mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
        }
    }

    /// Native byte order: the kernel writes the header in the machine's own order.
    private static func uint32(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        withUnsafeMutableBytes(of: &value) { raw in
            for byte in 0..<4 { raw[byte] = bytes[index + byte] }
        }
        return value
    }
}
