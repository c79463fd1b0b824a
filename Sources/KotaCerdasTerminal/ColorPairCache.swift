import KotaCerdasKit

/// Hands out curses colour pairs for (foreground, background) combinations, allocating
/// each combination once and never more than the terminal has.
///
/// Pair numbers are full `Int32`s passed through `setcchar`'s extended-pair argument, so
/// more than 256 pairs work. Pair 0 is the terminal's default colours and is never allocated.
struct ColorPairCache {
    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private let depth: ColorDepth
    private let hasDefaultColors: Bool
    private let capacity: Int
    private let allocate: (Int32, Int32) -> Int32
    private var pairs: [Key: Int32] = [:]

    /// - Parameters:
    ///   - depth: what the terminal can show; colours are mapped down to it.
    ///   - hasDefaultColors: whether -1 may be passed to curses (`use_default_colors` succeeded).
    ///   - capacity: how many pairs may be allocated besides pair 0.
    ///   - allocate: allocates a pair for mapped colours (curses' `alloc_pair`); below 1 means failure.
    init(depth: ColorDepth, hasDefaultColors: Bool, capacity: Int, allocate: @escaping (Int32, Int32) -> Int32) {
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        self.capacity = max(0, capacity)
        self.allocate = allocate
    }

    /// The pair that draws `foreground` on `background`.
    mutating func pair(foreground: ThemeColor, background: ThemeColor) -> Int32 {
        guard depth != .none else { return 0 }
        let key = Key(
            foreground: Int32(clamping: mapped(foreground, isBackground: false, fallback: 7)),
            background: Int32(clamping: mapped(background, isBackground: true, fallback: 0))
        )
        if key == defaultKey { return 0 }
        if let pair = pairs[key] { return pair }
        // A full table would make alloc_pair recycle a pair that cells on screen still use.
        guard pairs.count < capacity else { return 0 }
        let allocated = allocate(key.foreground, key.background)
        let pair = allocated > 0 ? allocated : 0
        pairs[key] = pair
        return pair
    }

    private var defaultKey: Key {
        hasDefaultColors ? Key(foreground: -1, background: -1) : Key(foreground: 7, background: 0)
    }

    /// Without default-colour support curses rejects -1, so the classic white on black stands in.
    private func mapped(_ color: ThemeColor, isBackground: Bool, fallback: Int) -> Int {
        let color = depth.curses(color, isBackground: isBackground)
        return color < 0 && !hasDefaultColors ? fallback : color
    }
}
