import KotaCerdasCore

/// The indicators a home panel shows: highest weight first, then the worst status, then
/// the data's order.
///
/// A panel shows five, so they are picked in one pass that keeps the best five so far,
/// each indicator's status worked out once: sorting a whole dimension of 100 000
/// indicators on every frame to show five was most of the home screen's time.
enum ImportantIndicators {
    static func first(_ count: Int, of indicators: [Indicator]) -> [Indicator] {
        guard count > 0 else { return [] }
        var best: [Rank] = []
        best.reserveCapacity(count + 1)
        for (offset, indicator) in indicators.enumerated() {
            let rank = Rank(weight: indicator.weight, urgency: indicator.status.urgency, offset: offset)
            guard best.count < count || rank.precedes(best[best.count - 1]) else { continue }
            let position = best.firstIndex { rank.precedes($0) } ?? best.count
            best.insert(rank, at: position)
            if best.count > count { best.removeLast() }
        }
        return best.map { indicators[$0.offset] }
    }

    private struct Rank {
        let weight: Double
        let urgency: Int
        let offset: Int

        func precedes(_ other: Rank) -> Bool {
            if weight != other.weight { return weight > other.weight }
            return urgency != other.urgency ? urgency < other.urgency : offset < other.offset
        }
    }
}
