import KotaCerdasCore

/// What home, the wall and the palette show of one dimension: its summary and its most
/// important indicators, worked out once per document instead of on every frame. On a
/// province of 13 000 entities these were most of a home frame's time.
struct DimensionDigest: Sendable {
    let summary: DimensionSummary
    /// The `DimensionPanel.maximumIndicators` most important indicators, best first; a
    /// panel with room for fewer shows a prefix (the order is total, so a prefix of the
    /// best five is the best two).
    let important: [Indicator]

    /// One digest per dimension of `document`, in its order.
    static func all(of document: CityDocument) -> [DimensionDigest] { memo.value(for: document) }

    private static let memo = DocumentMemo { document in
        document.dimensions.map { dimension in
            DimensionDigest(
                summary: DimensionSummary(dimension),
                important: ImportantIndicators.first(DimensionPanel.maximumIndicators, of: dimension.indicators))
        }
    }
}
