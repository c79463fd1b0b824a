/// Where the palette's box sits in the body: near the top, so the list grows downwards
/// as in other tools' palettes, with the screen it was opened over visible around it.
struct PaletteLayout: Equatable {
    /// The box, in the body's coordinates.
    let box: Rect
    /// Rows of the box's inside above the results: the query and a line about them.
    static let headerRows = 2
    /// The most results shown at once.
    static let mostRows = 20

    /// The box for `results` results: it shrinks as the list narrows, down to one row.
    init(body: Rect, results: Int) {
        let width = min(body.width - 2, 100)
        let height = min(body.height - 2, Self.headerRows + max(1, min(results, Self.mostRows)) + 2)
        box = Rect(x: (body.width - width) / 2, y: min(1, max(0, body.height - height)), width: max(0, width), height: max(0, height))
    }

    /// The palette in a frame of `size` over `base`, the screen shown beneath.
    init(size: TerminalSize, base: Route, results: Int) {
        self.init(body: ScreenFrame(size: size, route: base).body, results: results)
    }

    /// How many results fit.
    var resultRows: Int { max(0, box.height - 2 - Self.headerRows) }
}
