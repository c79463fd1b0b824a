import CNcursesw
import KotaCerdasKit

/// Puts cell buffers on the screen, writing only the cells that changed since the last one.
public final class Presenter: FramePresenter {
    private struct Rendition {
        var attributes: attr_t
        var pair: Int32
    }

    private struct RenditionKey: Hashable {
        var role: StyleRole
        var bold: Bool
    }

    private let session: TerminalSession
    private var theme: Theme
    private var pairs: ColorPairCache
    private var renditions: [RenditionKey: Rendition] = [:]
    private var previous: CellBuffer?
    private let synchronized: SynchronizedOutput

    /// - Parameter theme: how each style role looks.
    public init(session: TerminalSession, theme: Theme) {
        self.session = session
        self.theme = theme
        pairs = ColorPairCache(
            depth: session.colorDepth,
            hasDefaultColors: session.hasDefaultColors,
            capacity: session.colorPairCapacity
        ) { alloc_pair($0, $1) }
        synchronized = SynchronizedOutput(isEnabled: session.synchronizesOutput) { [session] in session.writeRaw($0) }
    }

    /// Switches to another theme; the next `present` repaints every cell.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        renditions = [:]
        previous = nil
    }

    /// Makes the next `present` clear the physical screen and repaint it whole, for a
    /// display garbled by other output or after the terminal was resized.
    /// Rings the terminal's bell (or flashes the screen where the terminal has no bell).
    public func bell() {
        beep()
    }

    public func redrawAll() {
        previous = nil
        clearok(kc_curscr(), true)
    }

    /// Shows `buffer`, writing only its changed cells and flushing once.
    public func present(_ buffer: CellBuffer) {
        let window = session.window
        let runs = CellDiff.changedRuns(from: previous, to: buffer)
        if previous == nil {
            werase(window)
        }
        previous = buffer
        guard !runs.isEmpty else { return }
        for run in runs {
            for x in run.columns where !buffer[x, run.row].isContinuation {
                draw(buffer[x, run.row], x: x, y: run.row)
            }
        }
        wnoutrefresh(window)
        // doupdate writes the whole frame and flushes it, so the end marker follows it.
        synchronized.frame { doupdate() }
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let rendition = rendition(for: cell)
        let glyph = TerminalGlyph.fitting(cell) { Int(wcwidth(wchar_t(bitPattern: $0.value))) }
        put(glyph.characters, rendition, x: x, y: y)
        if glyph.padded {
            put([" "], rendition, x: x + 1, y: y)
        }
    }

    private func put(_ characters: [Unicode.Scalar], _ rendition: Rendition, x: Int, y: Int) {
        let text = characters.map { wchar_t(bitPattern: $0.value) } + [0]
        // Writing the bottom-right cell reports ERR because the cursor cannot advance; the cell is drawn anyway.
        _ = kc_put_cell(session.window, Int32(y), Int32(x), text, rendition.attributes, rendition.pair)
    }

    private func rendition(for cell: Cell) -> Rendition {
        let key = RenditionKey(role: cell.role, bold: cell.bold)
        if let known = renditions[key] { return known }
        let look = theme.style(for: cell.role)
        var attributes = kc_a_normal()
        if look.attributes.contains(.bold) || cell.bold { attributes |= kc_a_bold() }
        if look.attributes.contains(.underline) { attributes |= kc_a_underline() }
        if look.attributes.contains(.reverse) { attributes |= kc_a_reverse() }
        if look.attributes.contains(.dim) { attributes |= kc_a_dim() }
        let rendition = Rendition(
            attributes: attributes,
            pair: pairs.pair(foreground: look.foreground, background: look.background)
        )
        renditions[key] = rendition
        return rendition
    }
}
