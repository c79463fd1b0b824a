import KotaCerdasCore

/// Recognises a dimension in a KPI's `category` or `kpiCategory` when it names one: the id
/// (`mobility`), the id with "smart" (`smartMobility`, `Smart Mobility`) or a framework's
/// name of it in either language (`Mobilitas Cerdas`). The model's own categories
/// (`quantitative`, `leading`, …) name no dimension, and are passed over.
enum DimensionMatcher {
    /// Every way a known dimension may be written, folded, to its id.
    private static let spellings: [[UInt8]: String] = {
        var table: [[UInt8]: String] = [:]
        for framework in FrameworkCatalog.all {
            for dimension in framework.dimensions {
                let names = [dimension.id, "smart " + dimension.id] + dimension.name.byLanguage.values
                for name in names { table[AttributeName.folded(name)] = dimension.id }
            }
        }
        return table
    }()

    /// The first dimension any of `categories` names.
    static func dimension(in categories: [String]) -> String? {
        categories.lazy.compactMap { spellings[AttributeName.folded($0)] }.first
    }
}
