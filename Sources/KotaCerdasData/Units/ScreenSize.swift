/// A terminal size in columns and rows, as written in options and config: `160x45`.
public struct ScreenSize: Equatable, Sendable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size written as `WxH` (digits only, `x` or `X` between), the width within
    /// `widths` and the height within `heights`; nil for anything else, so `160x45x2`,
    /// `160 x 45` or `-1x5` are refused, not guessed.
    public init?(_ text: String, widths: ClosedRange<Int>, heights: ClosedRange<Int>) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let width = Int(parts[0]), let height = Int(parts[1]), widths.contains(width), heights.contains(height)
        else { return nil }
        self.init(width: width, height: height)
    }
}
