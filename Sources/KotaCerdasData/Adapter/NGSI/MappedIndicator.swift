import KotaCerdasCore

/// One indicator an entity (or a type's aggregate) maps to, and the dimension it goes to.
struct MappedIndicator: Equatable {
    var dimension: String
    var draft: IndicatorDraft
}
