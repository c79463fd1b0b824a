/// A line of text in several roles, measured as a whole so a view can pick the longest
/// wording that fits.
public struct Spans: Sendable {
    public var parts: [(text: String, role: StyleRole, bold: Bool)] = []

    public init() {}

    public init(_ text: String, role: StyleRole = .normal, bold: Bool = false) {
        parts = [(text, role, bold)]
    }

    public mutating func add(_ text: String, role: StyleRole = .normal, bold: Bool = false) {
        parts.append((text, role, bold))
    }

    /// `lhs` followed by `rhs`.
    public static func + (lhs: Spans, rhs: Spans) -> Spans {
        var joined = lhs
        joined.parts += rhs.parts
        return joined
    }

    public var width: Int { parts.reduce(0) { $0 + $1.text.displayWidth } }

    /// Draws the parts one after another from `point`, cut at `maxWidth`.
    @discardableResult
    public func draw(on canvas: inout Canvas, at point: Point, maxWidth: Int? = nil) -> Int {
        var x = point.x
        let limit = point.x + (maxWidth ?? canvas.width - point.x)
        for part in parts where x < limit {
            x += canvas.put(part.text, at: Point(x: x, y: point.y), maxWidth: limit - x, role: part.role, bold: part.bold)
        }
        return x - point.x
    }

    /// The first of `candidates` that fits in `width` columns, else the last one.
    public static func fitting(_ candidates: [Spans], width: Int) -> Spans {
        candidates.first { $0.width <= width } ?? candidates.last ?? Spans()
    }
}
