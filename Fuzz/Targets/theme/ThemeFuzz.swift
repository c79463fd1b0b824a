import KotaCerdasUI

/// Any bytes as a theme file: a theme or a `ThemeParseError` on a line of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    // `ThemeLibrary` refuses files that are not UTF-8 before parsing.
    guard let text = String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    do {
        _ = try Theme.parse(text, name: "fuzz")
    } catch {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        guard (1...lines).contains(error.line) else { fatalError("error on line \(error.line) of \(lines): \(error)") }
    }
    return 0
}
