import Foundation
import KotaCerdasCore

/// The rows a table shows: the dimension's entities filtered and sorted as its
/// `TableState` says. Update and view both use it, so selection and drawing agree.
public enum TableRows {
    private static let indicatorOrders = RowOrderCache<Indicator>()
    private static let programOrders = RowOrderCache<Program>()

    public static func indicators(of dimension: KotaCerdasCore.Dimension, table: TableState, language: Language) -> [Indicator] {
        order(.indicators, of: dimension, table: table, language: language).map { dimension.indicators[$0] }
    }

    public static func programs(of dimension: KotaCerdasCore.Dimension, table: TableState, language: Language) -> [Program] {
        order(.programs, of: dimension, table: table, language: language).map { dimension.programs[$0] }
    }

    /// The ids of the rows of `kind`'s table, in display order.
    public static func ids(_ kind: TableKind, of dimension: KotaCerdasCore.Dimension, view: DimensionViewState, language: Language) -> [String] {
        let order = order(kind, of: dimension, table: view[kind], language: language)
        switch kind {
        case .indicators: return order.map { dimension.indicators[$0].id }
        case .programs: return order.map { dimension.programs[$0].id }
        }
    }

    /// Positions into the dimension's indicators or programmes of the rows of `kind`'s
    /// table, in display order.
    static func order(_ kind: TableKind, of dimension: KotaCerdasCore.Dimension, table: TableState, language: Language) -> [Int] {
        let filter = table.filter.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .indicators:
            return indicatorOrders.order(
                of: dimension.indicators, language: language, sortColumn: table.sortColumn, filter: filter,
                searchText: { ($0.name.text(in: language), $0.id) },
                sortKey: { column, indicator in IndicatorColumn(rawValue: column)?.sortKey(indicator, language: language) })
        case .programs:
            return programOrders.order(
                of: dimension.programs, language: language, sortColumn: table.sortColumn, filter: filter,
                searchText: { ($0.name.text(in: language), $0.id) },
                sortKey: { column, program in ProgramColumn(rawValue: column)?.sortKey(program, language: language) })
        }
    }

    /// The number of sort columns of `kind`'s table.
    static func columnCount(_ kind: TableKind) -> Int {
        kind == .indicators ? IndicatorColumn.allCases.count : ProgramColumn.allCases.count
    }
}
