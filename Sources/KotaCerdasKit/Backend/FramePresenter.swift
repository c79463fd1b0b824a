/// Where frames and colours go: the terminal's presenter, or a test's recorder (as
/// ratatui's `Backend` and `TestBackend`). The program draws; a presenter only shows.
public protocol FramePresenter: AnyObject {
    /// Shows `frame` in place of the last one.
    func present(_ frame: CellBuffer)
    /// Shows every later frame in `theme`'s colours.
    func setTheme(_ theme: Theme)
}
