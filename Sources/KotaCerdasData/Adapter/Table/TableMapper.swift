import KotaCerdasCore

/// Turns the rows of a table — a CKAN resource's records, a spreadsheet's lines — into
/// indicators, the one mapping both tabular adapters share.
///
/// A wide table gives one indicator per row, its history from the period columns; a long
/// table gives one value per row, gathered into one indicator per name or id. The latest
/// period with a figure is the indicator's value. Rows that cannot be mapped are counted
/// by reason (`value not a number: 3; total row: 1`), never fatal. Each row costs a few
/// dictionary look-ups, so a read is linear in its rows.
public struct TableMapper {
    /// Mapped histories keep this many periods, as polled ones do.
    public static let historyLimit = SnapshotStore.defaultHistoryLimit

    private let layout: TableLayout
    /// The columns every row is read from, looked up once rather than by role on each row.
    private let nameColumn: Int?
    private let idColumn: Int?
    private let dimensionColumn: Int?
    private let attributeColumns: RowAttributes.Columns
    private let mapping: TableMapping
    private let decimal: DecimalSeparator
    private let defaultDimension: String
    public private(set) var summary: ReadSummary
    private var indicators: [IndicatorAccumulator] = []
    private var indexByID: [String: Int] = [:]
    /// What a name makes (an id, whether it is a total) and the periods read from texts,
    /// remembered: both repeat on nearly every row of a long table.
    private var knownNames: [String: KnownName] = [:]
    private var periodByText: [String: DataDate] = [:]
    private var gaps = CellGaps()

    /// - Parameters:
    ///   - header: The column names.
    ///   - firstRow: The first row, if any, to tell a name column from row numbers.
    ///   - defaultDimension: Where indicators go when neither a column nor the config says.
    ///   - decimal: The separator that decides `1.234`, unless the config says.
    ///   - noun: What a row is called in the summary (`rows`, `records`).
    public init(
        header: [String], firstRow: [TableCell]?, mapping: TableMapping, defaultDimension: String,
        decimal: DecimalSeparator, noun: String
    ) throws(AdapterError) {
        layout = try TableLayout(header: header, firstRow: firstRow, mapping: mapping)
        nameColumn = layout.columns[.indicator]
        idColumn = layout.columns[.id]
        dimensionColumn = layout.columns[.dimension]
        attributeColumns = RowAttributes.Columns(layout.columns)
        self.mapping = mapping
        self.decimal = mapping.decimal ?? decimal
        self.defaultDimension = mapping.dimension ?? defaultDimension
        summary = ReadSummary(noun: noun)
    }

    /// Maps one row; `record` names it in the list of skipped rows (`line 12`, `_id 8`).
    public mutating func add(_ cells: [TableCell], record: @autoclosure () -> String) {
        switch row(cells, record: record) {
        case .mapped: summary.countMapped()
        case .skipped(let reason): summary.countSkipped(reason, record: record())
        }
    }

    /// Counts a row the adapter itself could not hand over (a line with too many fields).
    public mutating func skip(_ reason: String, record: String) {
        summary.countSkipped(reason, record: record)
    }

    /// A partial document with every indicator in its dimension, and what the read found.
    public func finish() -> AdaptedDocument {
        var summary = summary
        var cut = 0
        let drafts = indicators.map { accumulator in
            let finished = accumulator.finished(historyLimit: Self.historyLimit)
            if finished.cut { cut += 1 }
            return (dimension: accumulator.dimension, indicator: finished.draft)
        }
        if let note = gaps.note { summary.note(note) }
        if cut > 0 { summary.note("history cut to the last \(Self.historyLimit) periods for \(cut) indicator(s)") }
        return AdaptedDocument(json: IndicatorDraft.partialDocument(drafts), summary: summary)
    }

    private enum Outcome {
        case mapped
        case skipped(String)
    }

    private mutating func row(_ cells: [TableCell], record: () -> String) -> Outcome {
        let name = text(cells, nameColumn)
        let givenID = text(cells, idColumn)
        guard name != nil || givenID != nil else { return .skipped("no indicator name") }
        let recognised = name.map { recognise($0) }
        if recognised?.isTotal == true { return .skipped("total row") }
        let settings = mapping.settings(name: name, id: givenID)
        if mapping.listedOnly && settings == nil { return .skipped("not listed in the config") }
        guard let id = settings?.id ?? givenID ?? recognised?.madeID else { return .skipped("no indicator name") }
        let dimension = settings?.dimension ?? text(cells, dimensionColumn) ?? defaultDimension
        let existing = indexByID[id]
        if let existing {
            if case .wide = layout.shape { return .skipped("duplicate indicator") }
            guard indicators[existing].dimension == dimension else { return .skipped("indicator already in another dimension") }
        }

        var attributes = RowAttributes()
        if let problem = attributes.read(cells, attributeColumns, decimal: decimal) { return .skipped(problem) }
        let points: [(at: DataDate, value: Double)]
        switch values(cells, record: record) {
        case .success(let read): points = read
        case .failure(let problem): return .skipped(problem.reason)
        }

        let index: Int
        if let existing {
            index = existing
        } else {
            index = indicators.count
            indexByID[id] = index
            let draft = IndicatorDraft(
                id: id, name: LocalizedText(Self.oneLine(name ?? id)), better: mapping.better, source: mapping.source)
            indicators.append(IndicatorAccumulator(draft: draft, dimension: dimension, settings: settings))
        }
        for point in points where !indicators[index].add(at: point.at, value: point.value) {
            return .skipped("duplicate period")
        }
        indicators[index].attributes.merge(attributes)
        return .mapped
    }

    /// Why a row has no values to give.
    private struct RowProblem: Error {
        let reason: String
    }

    /// The row's values by period: every period column of a wide row that has a figure
    /// (empty and `-` cells are periods without one; cells that are no number are left
    /// out and noted), or the one period of a long row.
    private mutating func values(_ cells: [TableCell], record: () -> String) -> Result<[(at: DataDate, value: Double)], RowProblem> {
        switch layout.shape {
        case .wide(let periods):
            var points: [(at: DataDate, value: Double)] = []
            var bad: [Int] = []
            for (column, at) in periods {
                switch cell(cells, column).number(decimal: decimal) {
                case .number(let value): points.append((at, value))
                case .missing: continue
                case .invalid: bad.append(column)
                }
            }
            if points.isEmpty && !bad.isEmpty { return .failure(RowProblem(reason: "value not a number")) }
            for column in bad { gaps.add(record(), column: layout.name(of: column), text: cell(cells, column).text ?? "") }
            return .success(points)
        case .long(let periodColumn, let valueColumn):
            let periodCell = cell(cells, periodColumn)
            guard periodCell != .empty else { return .failure(RowProblem(reason: "no period")) }
            guard let at = period(periodCell) else { return .failure(RowProblem(reason: "period not a date")) }
            switch cell(cells, valueColumn).number(decimal: decimal) {
            case .number(let value): return .success([(at, value)])
            case .missing: return .failure(RowProblem(reason: "no value"))
            case .invalid: return .failure(RowProblem(reason: "value not a number"))
            }
        }
    }

    private mutating func period(_ cell: TableCell) -> DataDate? {
        switch cell {
        case .empty: return nil
        case .number(let number): return PeriodText.read(year: number)
        case .text(let text):
            if let known = periodByText[text] { return known }
            let read = PeriodText.read(text)
            if let read { periodByText[text] = read }
            return read
        }
    }

    /// What a name says of its row, worked out once per distinct name.
    private struct KnownName {
        let isTotal: Bool
        /// The id made from the name, nil when nothing of it can make one.
        let madeID: String?
    }

    private mutating func recognise(_ name: String) -> KnownName {
        if let known = knownNames[name] { return known }
        let known = KnownName(isTotal: TotalRow.isTotal(name: name), madeID: IdentifierText.slug(name).map { mapping.idPrefix + $0 })
        knownNames[name] = known
        return known
    }

    /// A name as one line: spreadsheet cells often break long names over several.
    private static func oneLine(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func text(_ cells: [TableCell], _ column: Int?) -> String? {
        column.flatMap { cell(cells, $0).text }
    }

    private func cell(_ cells: [TableCell], _ column: Int) -> TableCell {
        column < cells.count ? cells[column] : .empty
    }
}

/// Cells of a wide row that were no number, left out of the history: counted, and the
/// first shown, in one note.
private struct CellGaps {
    private var count = 0
    private var first: String?

    mutating func add(_ record: String, column: String, text: String) {
        count += 1
        if first == nil { first = "\(record), \(column): \"\(text.prefix(40))\"" }
    }

    var note: String? {
        guard let first else { return nil }
        return "\(count) cell(s) not a number, left as gaps (first: \(first))"
    }
}
