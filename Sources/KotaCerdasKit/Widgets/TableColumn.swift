/// One column of a `Table`: its title, how wide it is and how its cells align.
public struct TableColumn: Sendable {
    /// How a column's width is chosen.
    public enum Width: Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the columns the fixed ones leave, in proportion to `weight`.
        case flexible(weight: Int)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    /// A column; flexible and left-aligned unless told otherwise.
    public init(_ title: String, width: Width = .flexible(weight: 1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// A right-aligned column, so digits of numbers line up.
    public static func numeric(_ title: String, width: Width) -> TableColumn {
        TableColumn(title, width: width, alignment: .right)
    }

    /// The width of each column when `columns` share `totalWidth` with one space
    /// between neighbours; columns past the edge are clipped when drawn.
    public static func layout(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let available = totalWidth - max(0, columns.count - 1)
        var fixedTotal = 0
        var weightTotal = 0
        for column in columns {
            switch column.width {
            case .fixed(let width): fixedTotal += max(0, width)
            case .flexible(let weight): weightTotal += max(0, weight)
            }
        }
        let spare = max(0, available - fixedTotal)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let width): max(0, width)
            case .flexible(let weight): weightTotal > 0 ? spare * max(0, weight) / weightTotal : 0
            }
        }
        // Whole columns left over by the division go to the first flexible columns.
        var leftover = weightTotal > 0 ? spare - widths.reduce(0, +) + fixedTotal : 0
        for index in columns.indices where leftover > 0 {
            if case .flexible(let weight) = columns[index].width, weight > 0 {
                widths[index] += 1
                leftover -= 1
            }
        }
        return widths
    }
}
