/// Something that draws itself into the canvas it is lent, and nowhere else, as
/// ratatui's `Widget`: a view places a widget by choosing the region it draws in.
public protocol Widget {
    /// What drawing tells the caller: the inner area of a panel, the rows a table drew;
    /// nothing for most widgets.
    associatedtype Drawn = Void

    @discardableResult
    func draw(on canvas: inout Canvas) -> Drawn
}
