/// Scrolling of a list of `count` items of which `visible` fit: the first visible item,
/// kept so that the selected item is on screen and no space is wasted past the end.
public enum Viewport {
    /// The first visible item after moving as little as possible from `current` so that
    /// `selected` is visible.
    public static func scroll(current: Int, selected: Int?, visible: Int, count: Int) -> Int {
        let visible = max(1, visible)
        var first = current
        if let selected {
            if selected < first { first = selected }
            if selected >= first + visible { first = selected - visible + 1 }
        }
        return max(0, min(first, count - visible))
    }
}
