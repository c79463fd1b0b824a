/// Labelled facts one per row (`Target     3,50`), labels in one aligned column.
public struct FactList: Sendable {
    public var rows: [(label: String, value: Spans)] = []

    public init() {}

    public mutating func add(_ label: String, _ value: Spans) {
        rows.append((label, value))
    }

    public mutating func add(_ label: String, _ text: String, role: StyleRole = .normal, bold: Bool = false) {
        rows.append((label, Spans(text, role: role, bold: bold)))
    }

    /// Draws from row `y`; returns the row after the last one drawn.
    @discardableResult
    public func draw(on canvas: inout Canvas, y: Int) -> Int {
        let labelWidth = (rows.map { $0.label.displayWidth }.max() ?? 0) + 2
        for (index, row) in rows.enumerated() {
            canvas.put(row.label, at: Point(x: 0, y: y + index), maxWidth: labelWidth - 1, role: .muted)
            row.value.draw(on: &canvas, at: Point(x: labelWidth, y: y + index))
        }
        return y + rows.count
    }
}
