import KotaCerdasCore

/// The columns and rows of the cities view: rank, city, a small gauge per dimension that
/// fits, overall score, indicator status counts and data age.
struct CitiesTable {
    let context: ViewContext
    let rows: CityRows

    static let gaugeWidth = 5
    /// `█████ 100`: a gauge and a whole percentage.
    static let dimensionWidth = gaugeWidth + 4
    /// `█████ 100.0`: a gauge and the score out of 100 with one decimal.
    static let overallWidth = gaugeWidth + 6
    static let statusesWidth = 12
    static let updatedWidth = 12
    static let rankWidth = 3
    /// The city's name keeps at least this much before dimension columns are left out.
    static let nameMinimum = 16
    /// Below this width the "updated" column gives its room to the rest.
    static let updatedColumnWidth = 100

    /// The sort columns shown at `width`: every dimension column that fits after the
    /// others, in order; the number left out is `hiddenDimensions`.
    func shownColumns(width: Int) -> [CityColumn] {
        var fixed = Self.rankWidth + 1 + Self.nameMinimum + 1 + Self.overallWidth
        if rows.columns.contains(.statuses) { fixed += Self.statusesWidth + 1 }
        if rows.columns.contains(.category) { fixed += Self.nameMinimum + 1 }
        let withUpdated = width >= Self.updatedColumnWidth
        if withUpdated { fixed += Self.updatedWidth + 1 }
        let dimensionsFitting = max(0, (width - fixed) / (Self.dimensionWidth + 1))
        var dimensionsLeft = dimensionsFitting
        return rows.columns.filter { column in
            switch column {
            case .dimension:
                dimensionsLeft -= 1
                return dimensionsLeft >= 0
            case .updated: return withUpdated
            default: return true
            }
        }
    }

    /// How many dimension columns do not fit at `width`.
    func hiddenDimensions(width: Int) -> Int {
        let all = rows.columns.filter { if case .dimension = $0 { true } else { false } }.count
        let shown = shownColumns(width: width).filter { if case .dimension = $0 { true } else { false } }.count
        return all - shown
    }

    func table(width: Int) -> (columns: [TableColumn], row: (Int) -> [TableCell]) {
        let shown = shownColumns(width: width)
        let sorted = context.state.citiesTable.sortColumn.flatMap { rows.columns.indices.contains($0) ? rows.columns[$0] : nil }
        let rankTitle = context.text(.columnRank) + (sorted == nil ? context.glyphs.arrowDown : "")
        let columns = [TableColumn.numeric(rankTitle, width: .fixed(Self.rankWidth))] + shown.map { column in
            let title = header(column) + (sorted == column ? " " + context.glyphs.arrowDown : "")
            switch column {
            case .name: return TableColumn(title, width: .flexible(weight: 2))
            case .category: return TableColumn(title, width: .flexible(weight: 2))
            case .dimension: return TableColumn(title, width: .fixed(Self.dimensionWidth))
            case .overall: return TableColumn(title, width: .fixed(Self.overallWidth))
            case .statuses: return TableColumn(title, width: .fixed(Self.statusesWidth))
            case .updated: return .numeric(title, width: .fixed(Self.updatedWidth))
            }
        }
        return (columns, { position in
            let index = rows.order[position]
            return [TableCell(rows.ranks[index].map(String.init) ?? context.unavailable, role: .muted)]
                + shown.map { cell($0, city: rows.cities[index], summary: rows.summaries[index]) }
        })
    }

    /// The dimension's number on the home screen of the first city that has it, as the
    /// legend under the table spells out.
    private func header(_ column: CityColumn) -> String {
        switch column {
        case .name: context.text(.columnCity)
        case .category: context.text(.columnCategory)
        case .dimension(let id): legend.first { $0.id == id }.map { String($0.number) } ?? id
        case .overall: context.text(.columnOverall)
        case .statuses: context.text(.columnStatuses)
        case .updated: context.text(.columnUpdated)
        }
    }

    /// Every dimension column's number and name, in column order.
    var legend: [(id: String, number: Int, name: String)] {
        var names: [String: String] = [:]
        for dimension in rows.cities.flatMap(\.dimensions) where names[dimension.id] == nil {
            names[dimension.id] = context.name(dimension.name)
        }
        return rows.columns.compactMap { column -> String? in
            if case .dimension(let id) = column { id } else { nil }
        }.enumerated().map { (id: $1, number: $0 + 1, name: names[$1] ?? $1) }
    }

    private func cell(_ column: CityColumn, city: CityDocument, summary: CitySummary) -> TableCell {
        switch column {
        case .name:
            return TableCell(city.city.name)
        case .category:
            // The index's own rank is within the category: `kota besar (…) · #2`.
            guard let index = city.index, let category = index.category else { return TableCell("") }
            let rank = index.rank.map { " " + context.glyphs.listSeparator + " #\($0)" } ?? ""
            return TableCell(context.name(category) + rank, role: .muted)
        case .dimension(let id):
            guard let score = summary.dimensionScores[id] else { return TableCell(context.unavailable, role: .muted) }
            return TableCell(gauge(score) + " " + context.numbers.decimal(score * 100), role: .chart)
        case .overall:
            guard let score = summary.overall else { return TableCell(context.unavailable, role: .muted) }
            return TableCell(gauge(score) + " " + context.numbers.decimal(score * 100, decimals: 1), role: .chart)
        case .statuses:
            let standings = IndicatorStanding.allCases.filter { $0 != .noData && summary.standingCount($0) > 0 }
            guard let worst = standings.last else { return TableCell(context.unavailable, role: .muted) }
            let text = standings.map { context.symbol($0) + "\(summary.standingCount($0))" }.joined(separator: " ")
            return TableCell(text, role: context.role(worst))
        case .updated:
            return TableCell(summary.freshest.map(context.age(of:)) ?? context.unavailable, role: .muted)
        }
    }

    private func gauge(_ fraction: Double) -> String {
        BarText.make(max(0, min(1, fraction)), width: Self.gaugeWidth, glyphs: context.glyphs)
    }
}
