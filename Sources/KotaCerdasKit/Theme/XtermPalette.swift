/// The standard xterm 256-colour palette as RGB, for direct-colour terminals that take
/// packed RGB values instead of palette numbers, and for screens drawn as SVG or HTML.
public enum XtermPalette {
    /// A colour as 8-bit red, green and blue.
    public struct RGB: Equatable, Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int

        public init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// The colour packed as 0xRRGGBB, the value direct-colour terminals take.
        public var packed: Int { red << 16 | green << 8 | blue }

        /// `#rrggbb`, as CSS and SVG take it.
        public var hex: String {
            let digits = String(packed, radix: 16)
            return "#" + String(repeating: "0", count: 6 - digits.count) + digits
        }

        /// Relative luminance from 0 (black) to 1 (white), by the sRGB weights (no gamma:
        /// it only tells light from dark).
        public var lightness: Double {
            (0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)) / 255
        }
    }

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

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index` (0–255).
    public static func rgb(_ index: Int) -> RGB {
        switch index {
        case ..<16:
            return ansi[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return RGB(red: level, green: level, blue: level)
        }
    }
}
