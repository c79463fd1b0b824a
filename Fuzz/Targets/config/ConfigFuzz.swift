import KotaCerdasData

/// Any bytes as a config file: a configuration or a `ConfigurationError`, never a trap
/// (the parser underneath is C++, so this target also runs under AddressSanitizer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    // `Configuration.load` refuses files that are not UTF-8 before parsing.
    guard let text = String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    do {
        _ = try Configuration.parse(text: text, file: "fuzz.toml")
    } catch {
        guard !error.message.isEmpty else { fatalError("an error without a message") }
    }
    return 0
}
