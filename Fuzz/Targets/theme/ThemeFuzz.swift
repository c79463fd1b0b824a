import KotaCerdasUI

/// Any bytes as a theme file: a theme, or a `ThemeParseError` on a line of the file or
/// naming the role the file leaves out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    // `ThemeLibrary` refuses files that are not UTF-8 before parsing.
    guard let text = String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    do {
        _ = try Theme.parse(text, name: "fuzz")
    } catch {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if let line = error.line {
            guard (1...lines).contains(line) else { fatalError("error on line \(line) of \(lines): \(error)") }
        } else {
            guard error.message.hasPrefix("missing role '") else { fatalError("an error without a line: \(error)") }
        }
    }
    return 0
}
