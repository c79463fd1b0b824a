/// A colour as red, green and blue channels of 0–255, as written `#rrggbb` in theme files.
public struct RGB: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb` (six hex digits after a `#`), or nil.
    public init?(hex text: some StringProtocol) {
        guard text.hasPrefix("#"), text.count == 7, text.dropFirst().allSatisfy(\.isHexDigit),
              let value = UInt32(text.dropFirst(), radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The colour packed as 0xRRGGBB, the value direct-colour terminals take.
    public var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }

    /// `#rrggbb`.
    public var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// Relative luminance from 0 (black) to 1 (white), by the sRGB weights (no gamma:
    /// it only tells light from dark).
    public var lightness: Double {
        (0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)) / 255
    }

    /// How different two colours look: the "redmean" weighted distance, which weighs the
    /// channels by how sensitive the eye is to them at this redness. Cheap, and much
    /// closer to perception than plain RGB distance; squared, as only order matters.
    public func distance(to other: RGB) -> Int {
        let meanRed = (Int(red) + Int(other.red)) / 2
        let dr = Int(red) - Int(other.red)
        let dg = Int(green) - Int(other.green)
        let db = Int(blue) - Int(other.blue)
        // Swift's >> binds tighter than *, hence the parentheses.
        return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
    }
}
