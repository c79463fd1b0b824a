/// A bounded random walk around an original value, so demo figures move plausibly and
/// never drift away: within ±15 % of the original and inside [0, 100] for percentages.
struct RandomWalk {
    static let relativeRange = 0.15
    /// Each step moves at most this share of the original value.
    static let relativeStep = 0.03

    let original: Double
    let bounds: ClosedRange<Double>
    private(set) var value: Double

    init(original: Double, isPercentage: Bool) {
        self.original = original
        let spread = abs(original) * Self.relativeRange
        var bounds = (original - spread)...(original + spread)
        if isPercentage { bounds = max(0, bounds.lowerBound)...min(100, bounds.upperBound) }
        self.bounds = bounds
        value = min(max(original, bounds.lowerBound), bounds.upperBound)
    }

    /// Moves one step and returns the new value, rounded to two decimals for display.
    mutating func step(using generator: inout some RandomNumberGenerator) -> Double {
        let size = abs(original) * Self.relativeStep
        let moved = value + Double.random(in: -size...size, using: &generator)
        value = min(max(moved, bounds.lowerBound), bounds.upperBound)
        return (value * 100).rounded() / 100
    }
}
