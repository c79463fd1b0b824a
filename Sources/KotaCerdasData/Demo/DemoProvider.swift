import Foundation
import KotaCerdasCore

/// Publishes a sample document marked `"demo": true`, then every few seconds a partial
/// update in which each indicator's value has taken one step of a bounded random walk.
///
/// Updates carry no history, so the store grows each indicator's history from them and
/// sparklines move during a live demonstration.
public final class DemoProvider: DataProvider {
    public static let defaultStep: Double = 3

    public let descriptor: SourceStatus
    private let base: JSONValue
    private let step: Double
    private let wakeup = Wakeup()

    /// - Parameters:
    ///   - document: A full kotacerdas document to start from.
    ///   - name: Shown as the source's location.
    ///   - step: Seconds between moves.
    public init(document: JSONValue, name: String, step: Double = defaultStep) {
        var root = document.objectValue ?? JSONObject()
        root[DocumentShape.Member.demo] = .bool(true)
        base = .object(root)
        self.step = step
        descriptor = SourceStatus(id: "demo:" + name, kind: .bundled, location: "demo: " + name, interval: step)
    }

    /// A demo walking around the bundled sample `name`.
    public static func bundled(named name: String = BundledSamples.defaultName) throws(ConfigurationError) -> DemoProvider {
        guard let path = BundledSamples.path(of: name),
              let bytes = try? FileReader.read(path: path),
              case .success(let json) = DocumentCheck.check(bytes, name: name) else {
            throw ConfigurationError(file: nil, "no usable bundled sample named \"\(name)\" for the demo")
        }
        return DemoProvider(document: json, name: name)
    }

    public func updates() -> AsyncStream<ProviderUpdate> {
        ProviderStream.start { [self] in await run($0) }
    }

    public func refresh() {
        wakeup.ring()
    }

    private func run(_ output: AsyncStream<ProviderUpdate>.Continuation) async {
        defer { output.finish() }
        var walks = Dictionary(uniqueKeysWithValues: IndicatorKey.indicators(in: base).compactMap { key, indicator in
            guard case .number(let value)? = indicator[DocumentShape.Member.value] else { return nil as (IndicatorKey, RandomWalk)? }
            return (key, RandomWalk(original: value, isPercentage: Self.isPercentage(indicator[DocumentShape.Member.unit])))
        })
        var generator = SystemRandomNumberGenerator()
        output.yield(.document(base, at: Date()))
        while !Task.isCancelled {
            await wakeup.wait(timeout: step)
            guard !Task.isCancelled else { return }
            let now = Date()
            let stamp = JSONValue.string(DataDate(instant: now).text)
            var moved: [IndicatorKey: Double] = [:]
            for key in walks.keys { moved[key] = walks[key]?.step(using: &generator) }
            output.yield(.document(Self.partialUpdate(moved, stamp: stamp), at: now))
        }
    }

    /// `{"format", "partial": true, "demo": true, "dimensions": [{id, indicators: [{id, value, updatedAt}]}]}`
    private static func partialUpdate(_ values: [IndicatorKey: Double], stamp: JSONValue) -> JSONValue {
        DocumentShape.valueUpdate(values, updatedAt: stamp, extra: [(DocumentShape.Member.demo, .bool(true))])
    }

    /// A unit that reads as a percentage in any of its languages (`%`, `% of villages`,
    /// `{"id": "% desa", …}`), so the walk stays within 0–100.
    static func isPercentage(_ unit: JSONValue?) -> Bool {
        switch unit {
        case .string(let text): text == "percent" || text.hasPrefix("%")
        case .object(let texts): texts.members.contains { Self.isPercentage($0.value) }
        default: false
        }
    }
}
