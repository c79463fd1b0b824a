import KotaCerdasKit

extension ColorDepth {
    /// The colour number to give curses for `color`; -1 is the terminal's default.
    /// In direct colour (`-direct` terminfo entries) numbers below 8 are the basic
    /// colours and every other number is packed RGB.
    func curses(_ color: ThemeColor, isBackground: Bool = false) -> Int {
        switch map(color, isBackground: isBackground) {
        case .terminalDefault: -1
        case .indexed(let index) where self == .truecolor && index >= 8: XtermPalette.rgb(index).packed
        case .indexed(let index): Int(index)
        // Packed values below 8 would be read as basic colours: near-black stays near black.
        case .rgb(let rgb): max(rgb.packed, 8)
        }
    }
}
