/// The wall display's settings: the playlist (which views, how long each stays), the
/// burn-in shift and the size from which home shows headline numbers in big digits.
public struct KioskConfiguration: Equatable, Sendable {
    /// Seconds each view stays on screen.
    public var rotate: Double?
    /// View names in order, e.g. `["home", "governance"]`.
    public var views: [String]?
    /// Seconds between two burn-in moves of the picture; 0 turns the shift off.
    public var shift: Double?
    /// From this terminal size the kiosk's home is the wall layout.
    public var wallSize: ScreenSize?

    public init(rotate: Double? = nil, views: [String]? = nil, shift: Double? = nil, wallSize: ScreenSize? = nil) {
        self.rotate = rotate
        self.views = views
        self.shift = shift
        self.wallSize = wallSize
    }

    /// A wall smaller than the dashboard's minimum usable size (40×12) would be no wall at all.
    public static let wallWidths = 40...1000
    public static let wallHeights = 12...1000
}

extension KioskConfiguration {
    /// The `[kiosk]` table, strictly: unknown keys, wrong types and values out of range
    /// are errors naming the key.
    static func parse(_ reader: TableReader) throws(ConfigurationError) -> KioskConfiguration {
        try reader.allowOnly(["rotate", "views", "shift", "wall-size"])
        var configuration = KioskConfiguration(rotate: try reader.duration("rotate", in: .rotate), views: try reader.strings("views"))
        if let text = try? reader.string("shift"), ["off", "0"].contains(text.lowercased()) {
            configuration.shift = 0
        } else if reader["shift"]?.int == 0 || reader["shift"]?.double == 0 {
            configuration.shift = 0
        } else {
            configuration.shift = try reader.duration("shift", in: .shift)
        }
        if let text = try reader.string("wall-size") {
            guard let size = ScreenSize(text, widths: wallWidths, heights: wallHeights) else {
                throw reader.error("wall-size", "expected WxH, a width from \(wallWidths.lowerBound) and a height from "
                    + "\(wallHeights.lowerBound), both up to \(wallHeights.upperBound), e.g. \"160x45\"; found \"\(text)\"")
            }
            configuration.wallSize = size
        }
        return configuration
    }
}
