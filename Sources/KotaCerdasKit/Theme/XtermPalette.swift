/// The standard xterm 256-colour palette as RGB: what each palette index looks like,
/// for mapping colours between depths and for direct-colour terminals.
public enum XtermPalette {
    private static let ansi: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0),
        RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
        RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index`.
    public static func rgb(_ index: UInt8) -> RGB {
        switch index {
        case ..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// The index in `candidates` whose colour looks closest to `color`.
    static func nearest(to color: RGB, among candidates: ClosedRange<UInt8>) -> UInt8 {
        candidates.min { rgb($0).distance(to: color) < rgb($1).distance(to: color) } ?? candidates.lowerBound
    }
}
