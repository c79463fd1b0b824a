import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// Any bytes that decode to a document are drawn on every screen, at a normal and a
/// cramped size: no trap (a number too large for an `Int`, an empty series, a date out
/// of range), and no control character from the data in the frame or its ANSI text
/// beyond the colour escapes the renderer writes itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScreens(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let document = DocumentDecoder.decode(bytes: Array(UnsafeBufferPointer(start: start, count: count))).document else {
        return 0
    }
    var routes: [Route] = [.home, .help, .sources, .alerts, .cities, .palette]
    for dimension in document.dimensions.prefix(4) {
        routes.append(.dimension(dimension.id))
        routes += dimension.indicators.prefix(4).map { .indicator(dimensionID: dimension.id, id: $0.id) }
        routes += dimension.programs.prefix(4).map { .program(dimensionID: dimension.id, id: $0.id) }
    }
    let now = document.asOf?.instant ?? Date(timeIntervalSince1970: 1_800_000_000)
    let sources = [SourceStatus(id: "fuzz", kind: .file, location: "fuzz.json", lastSuccess: now)]
    for (width, height) in [(120, 40), (41, 13)] {
        for route in routes {
            var state = AppState(
                document: document, sources: sources, now: now, language: .english,
                size: TerminalSize(width: width, height: height))
            state.route = route
            let buffer = Screen.render(state)
            let ansi = AnsiRenderer(theme: .fallback).render(buffer)
            check(buffer.plainText, route: route)
            check(ansi.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression), route: route)
        }
    }
    return 0
}

private func check(_ text: String, route: Route) {
    let controls = text.unicodeScalars.filter { scalar in
        switch scalar.value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
    if !controls.isEmpty {
        fatalError("\(route): control characters in the frame: \(controls.map { String($0.value, radix: 16) })")
    }
}
