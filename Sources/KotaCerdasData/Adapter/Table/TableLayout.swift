import KotaCerdasCore

/// Which column of a table holds what: worked out once from its header (and its first
/// row, to tell a name column from a column of row numbers), then used for every row.
struct TableLayout {
    enum Shape {
        /// One row per indicator; each period column holds the value for its period.
        case wide(periods: [(column: Int, at: DataDate)])
        /// One row per indicator and period.
        case long(period: Int, value: Int)
    }

    let shape: Shape
    /// Columns by role: the indicator's name and id (at least one), and the optional
    /// unit, dimension, target, … columns.
    let columns: [ColumnRole: Int]
    let header: [String]

    init(header: [String], firstRow: [TableCell]?, mapping: TableMapping) throws(AdapterError) {
        self.header = header
        var columns: [ColumnRole: Int] = [:]
        for (role, name) in mapping.columns {
            columns[role] = try Self.column(named: name, in: header, key: role.configKey)
        }
        for (index, name) in header.enumerated() {
            guard let role = ColumnRole.named(name), columns[role] == nil, !columns.values.contains(index) else { continue }
            columns[role] = index
        }
        let periods = try Self.periodColumns(header, mapping: mapping, taken: Set(columns.values))
        switch mapping.layout ?? (columns[.value] != nil && columns[.period] != nil ? .long : .wide) {
        case .long:
            guard let period = columns[.period], let value = columns[.value] else {
                let missing = [ColumnRole.period, .value].filter { columns[$0] == nil }.map(\.configKey)
                throw AdapterError("a long table needs a period and a value column; no "
                    + missing.joined(separator: " or ") + " among " + Self.list(header) + "; name it in the config")
            }
            shape = .long(period: period, value: value)
        case .wide:
            guard !periods.isEmpty else {
                throw AdapterError("cannot tell how the table holds its values: no column is a period (such as \"2024\" "
                    + "or \"2024-03\") and there are no period and value columns among " + Self.list(header)
                    + "; set layout and the columns in the config")
            }
            shape = .wide(periods: periods)
        }
        // The name: a named column, else the first text column that is no row number.
        if columns[.indicator] == nil {
            let taken = Set(columns.values).union(periods.map(\.column))
            columns[.indicator] = header.indices.first { index in
                !taken.contains(index) && !ColumnRole.isBookkeeping(header[index])
                    && !(firstRow.map { index < $0.count && $0[index].looksNumeric } ?? false)
            }
        }
        guard columns[.indicator] != nil || columns[.id] != nil else {
            throw AdapterError("no column names the indicators among " + Self.list(header) + "; set indicator-column in the config")
        }
        self.columns = columns
    }

    /// The period columns of a wide table: those the config lists, else every column
    /// whose header is a period and which has no other role.
    private static func periodColumns(
        _ header: [String], mapping: TableMapping, taken: Set<Int>
    ) throws(AdapterError) -> [(column: Int, at: DataDate)] {
        guard let listed = mapping.periodColumns else {
            return header.indices.compactMap { index in
                guard !taken.contains(index), let at = PeriodText.read(header[index]) else { return nil }
                return (index, at)
            }
        }
        return try listed.map { (name) throws(AdapterError) in
            let index = try column(named: name, in: header, key: "period-columns")
            guard let at = PeriodText.read(name) else {
                throw AdapterError("period-columns: \"\(name)\" is not a period (write it as 2024, 2024-03 or 2024-03-15)")
            }
            return (index, at)
        }
    }

    private static func column(named name: String, in header: [String], key: String) throws(AdapterError) -> Int {
        if let exact = header.firstIndex(of: name) { return exact }
        let wanted = HeaderName.normalise(name)
        guard let index = header.firstIndex(where: { HeaderName.normalise($0) == wanted }) else {
            throw AdapterError("\(key): no column \"\(name)\" among " + list(header))
        }
        return index
    }

    private static func list(_ header: [String]) -> String {
        let shown = header.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
        return "the columns " + shown + (header.count > 12 ? ", … (\(header.count) in all)" : "")
    }

    /// The header of `column`, for messages.
    func name(of column: Int) -> String {
        column < header.count ? header[column] : "column \(column + 1)"
    }
}
