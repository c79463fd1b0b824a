import Foundation
import KotaCerdasCore

/// The rows a table shows: the dimension's entities filtered and sorted as its
/// `TableState` says. Update and view both use it, so selection and drawing agree.
public enum TableRows {
    public static func indicators(of dimension: KotaCerdasCore.Dimension, table: TableState, language: Language) -> [Indicator] {
        let column = table.sortColumn.flatMap(IndicatorColumn.init(rawValue:))
        return arrange(dimension.indicators, filter: table.filter, language: language, name: \.name) { a, b in
            column?.precedes(a, b, language: language)
        }
    }

    public static func programs(of dimension: KotaCerdasCore.Dimension, table: TableState, language: Language) -> [Program] {
        let column = table.sortColumn.flatMap(ProgramColumn.init(rawValue:))
        return arrange(dimension.programs, filter: table.filter, language: language, name: \.name) { a, b in
            column?.precedes(a, b, language: language)
        }
    }

    /// The ids of the rows of `kind`'s table, in display order.
    public static func ids(_ kind: TableKind, of dimension: KotaCerdasCore.Dimension, view: DimensionViewState, language: Language) -> [String] {
        switch kind {
        case .indicators: indicators(of: dimension, table: view.indicators, language: language).map(\.id)
        case .programs: programs(of: dimension, table: view.programs, language: language).map(\.id)
        }
    }

    /// The number of sort columns of `kind`'s table.
    static func columnCount(_ kind: TableKind) -> Int {
        kind == .indicators ? IndicatorColumn.allCases.count : ProgramColumn.allCases.count
    }

    private static func arrange<Entity: Identifiable>(
        _ entities: [Entity], filter: String, language: Language, name: KeyPath<Entity, LocalizedText>,
        precedes: (Entity, Entity) -> Bool?
    ) -> [Entity] where Entity.ID == String {
        let needle = filter.trimmingCharacters(in: .whitespaces)
        let kept = entities.enumerated().filter { _, entity in
            needle.isEmpty || [entity[keyPath: name].text(in: language), entity.id].contains {
                $0.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
        // Ties keep the data's order, so the sort is stable and predictable.
        return kept.sorted { lhs, rhs in precedes(lhs.element, rhs.element) ?? (lhs.offset < rhs.offset) }
            .map(\.element)
    }
}
