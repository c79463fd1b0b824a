import KotaCerdasCore

/// Any bytes: the parser either returns a value or throws a positioned error; never
/// traps, hangs or exhausts the stack. A value it accepts survives a round trip through
/// `JSONWriter` unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    do {
        let value = try JSONParser.parse(bytes)
        let written = JSONWriter.write(value)
        guard let reread = try? JSONParser.parse(written) else {
            fatalError("JSONWriter wrote text JSONParser refuses: \(written)")
        }
        guard reread == value else { fatalError("round trip changed the value: \(written)") }
    } catch {
        guard error.line >= 1, error.column >= 1, !error.message.isEmpty else {
            fatalError("an error without a position or message: \(error)")
        }
    }
    return 0
}
