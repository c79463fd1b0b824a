/// The terminal's size in columns and rows.
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Below this nothing useful fits; the "too small" screen says so.
    public static let minimum = TerminalSize(width: 40, height: 12)

    /// Whether both dimensions reach the minimum.
    public var isUsable: Bool { width >= Self.minimum.width && height >= Self.minimum.height }
}
