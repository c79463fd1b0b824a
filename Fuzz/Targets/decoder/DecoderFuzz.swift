import KotaCerdasCore

/// Any bytes through the v1 decoder and validator: a document or problems, never a trap.
/// A document comes only without errors, and no problem message carries a terminal
/// control that came from the data (`validate` prints them as they are).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let result = DocumentDecoder.decode(bytes: Array(UnsafeBufferPointer(start: start, count: count)))
    if result.document != nil, !result.errors.isEmpty {
        fatalError("a document and errors at once: \(result.errors)")
    }
    if result.document == nil, result.errors.isEmpty {
        fatalError("neither a document nor an error")
    }
    for problem in result.problems where problem.description.unicodeScalars.contains(where: isTerminalControl) {
        fatalError("a problem message carries a control character: \(problem.description.debugDescription)")
    }
    return 0
}

private func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}
