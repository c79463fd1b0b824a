/// A colour in a theme: the terminal's own default, or a 256-colour palette index with
/// the basic colour to use where only 16 colours exist.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case palette(UInt8, basic: UInt8)

    /// A palette colour whose 16-colour fallback is the nearest basic colour.
    public static func palette(_ index: UInt8) -> ThemeColor {
        .palette(index, basic: nearestBasic(to: index))
    }

    /// The 256-colour palette index, or nil for the terminal's default colour.
    public var paletteIndex: Int? {
        guard case .palette(let index, _) = self else { return nil }
        return Int(index)
    }

    /// The basic colour (0–15) closest in look to a 256-colour palette index.
    static func nearestBasic(to index: UInt8) -> UInt8 {
        switch index {
        case 0...15:
            return index
        case 16...231:
            // The 6×6×6 colour cube: a channel counts when it is at least half the
            // strongest one; a strong colour is a bright one.
            let cube = Int(index) - 16
            let channels = [cube / 36, cube / 6 % 6, cube % 6]
            let strongest = channels.max() ?? 0
            guard strongest > 0 else { return 0 }
            let threshold = (strongest + 1) / 2
            var basic = 0
            for (bit, channel) in channels.enumerated() where channel >= threshold {
                basic |= 1 << bit
            }
            return UInt8(basic + (strongest >= 4 ? 8 : 0))
        default:
            // The grey ramp from near black to near white.
            let level = 8 + 10 * (Int(index) - 232)
            switch level {
            case ..<64: return 0
            case ..<128: return 8
            case ..<200: return 7
            default: return 15
            }
        }
    }
}
