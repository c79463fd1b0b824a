import KotaCerdasCore

/// A dimension's indicators or programmes as rows of text for a spreadsheet: every field
/// the data has, raw numbers and ISO dates, so nothing is lost to the width of a screen.
public enum TableExport {
    /// Which table of a dimension.
    public enum Table: String, CaseIterable, Sendable {
        case indicators, programs
    }

    /// The header and one row per entity, in the data's order.
    public static func rows(
        _ table: Table, of dimension: Dimension, language: Language, numbers: CSVNumber
    ) -> [[String]] {
        switch table {
        case .indicators: [indicatorHeader] + dimension.indicators.map { indicatorRow($0, dimension, language, numbers) }
        case .programs: [programHeader] + dimension.programs.map { programRow($0, dimension, language, numbers) }
        }
    }

    static let indicatorHeader = [
        "dimension", "id", "name", "value", "unit", "target", "baseline", "better", "warn", "critical", "weight",
        "status", "attainment", "trend", "updated", "source", "description",
    ]

    static let programHeader = [
        "dimension", "id", "name", "area", "owner", "status", "progress", "start", "end", "currency", "allocated",
        "spent", "absorption", "indicators", "milestones", "milestones done", "updated", "description",
    ]

    private static func indicatorRow(
        _ indicator: Indicator, _ dimension: Dimension, _ language: Language, _ numbers: CSVNumber
    ) -> [String] {
        [
            dimension.id, indicator.id, indicator.name.text(in: language), numbers.text(indicator.value),
            indicator.unit.text(in: language), numbers.text(indicator.target), numbers.text(indicator.baseline),
            indicator.better.rawValue, numbers.text(indicator.warn), numbers.text(indicator.critical),
            numbers.text(indicator.weight), indicator.status.rawValue, numbers.text(indicator.attainment),
            indicator.trend.rawValue, indicator.updatedAt?.text ?? "", indicator.source ?? "",
            indicator.description?.text(in: language) ?? "",
        ]
    }

    private static func programRow(
        _ program: Program, _ dimension: Dimension, _ language: Language, _ numbers: CSVNumber
    ) -> [String] {
        [
            dimension.id, program.id, program.name.text(in: language), program.area.map(String.init) ?? "",
            program.owner, program.status.rawValue, numbers.text(program.progress), program.start?.text ?? "",
            program.end?.text ?? "", program.budget?.currency ?? "", numbers.text(program.budget?.allocated),
            numbers.text(program.budget?.spent), numbers.text(program.absorption),
            program.indicatorIDs.joined(separator: " "), String(program.milestones.count),
            String(program.milestones.filter(\.done).count), program.updatedAt?.text ?? "",
            program.description?.text(in: language) ?? "",
        ]
    }
}
