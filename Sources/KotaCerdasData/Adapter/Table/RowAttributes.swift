import KotaCerdasCore

/// What one row says about its indicator besides values: unit, target, alert levels, ….
struct RowAttributes {
    var unit: String?
    var better: BetterDirection?
    var target: Double?
    var baseline: Double?
    var warn: Double?
    var critical: Double?
    var source: String?

    /// The table's attribute columns, those it has.
    struct Columns {
        let unit: Int?
        let source: Int?
        let better: Int?
        let numbers: [(role: ColumnRole, column: Int, member: WritableKeyPath<RowAttributes, Double?>)]

        init(_ columns: [ColumnRole: Int]) {
            unit = columns[.unit]
            source = columns[.source]
            better = columns[.better]
            let members: [(ColumnRole, WritableKeyPath<RowAttributes, Double?>)] =
                [(.target, \.target), (.baseline, \.baseline), (.warn, \.warn), (.critical, \.critical)]
            numbers = members.compactMap { role, member in columns[role].map { (role, $0, member) } }
        }
    }

    /// Reads the row's attribute columns; returns why the row cannot be used, if so.
    mutating func read(_ cells: [TableCell], _ columns: Columns, decimal: DecimalSeparator) -> String? {
        func cell(_ column: Int?) -> TableCell {
            guard let column, column < cells.count else { return .empty }
            return cells[column]
        }
        unit = cell(columns.unit).text
        source = cell(columns.source).text
        if let text = cell(columns.better).text {
            guard let direction = BetterWords.direction(text) else { return "better not higher, lower or target" }
            better = direction
        }
        for (role, column, member) in columns.numbers {
            switch cell(column).number(decimal: decimal) {
            case .number(let value): self[keyPath: member] = value
            case .missing: continue
            case .invalid: return "\(role.rawValue) not a number"
            }
        }
        return nil
    }

    /// Takes what a later row gave: its cells win over an earlier row's.
    mutating func merge(_ later: RowAttributes) {
        unit = later.unit ?? unit
        better = later.better ?? better
        target = later.target ?? target
        baseline = later.baseline ?? baseline
        warn = later.warn ?? warn
        critical = later.critical ?? critical
        source = later.source ?? source
    }

    /// Sets on `draft` what the rows gave.
    func apply(to draft: inout IndicatorDraft) {
        if let unit { draft.unit = LocalizedText(unit) }
        if let better { draft.better = better }
        if let target { draft.target = target }
        if let baseline { draft.baseline = baseline }
        if let warn { draft.warn = warn }
        if let critical { draft.critical = critical }
        if let source { draft.source = source }
    }
}

/// `better` cells in English or Indonesian.
enum BetterWords {
    static func direction(_ text: String) -> BetterDirection? {
        switch HeaderName.normalise(text) {
        case "higher", "naik", "tinggi", "lebih tinggi", "semakin tinggi", "maksimal": .higher
        case "lower", "turun", "rendah", "lebih rendah", "semakin rendah", "minimal": .lower
        case "target", "sasaran", "tepat sasaran": .target
        default: nil
        }
    }
}
