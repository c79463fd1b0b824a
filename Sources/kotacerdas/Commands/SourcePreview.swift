import Foundation
import KotaCerdasCore
import KotaCerdasData

/// One read of one source through its adapter, for `validate --source`: what it maps to
/// and what it skipped, without running a dashboard.
struct SourcePreview {
    /// How long a read may take before the preview gives up on the source.
    static let patience: Duration = .seconds(60)

    let source: SourceConfiguration
    let outcome: Outcome

    enum Outcome {
        /// Every city the source brings (one, or each of a collection), nil when it has errors.
        case mapped(AdaptedDocument, documents: [CityDocument]?, problems: [Problem])
        case failed(String)
    }

    /// Reads `source` once; a source that only brings indicators is checked laid over `city`.
    static func read(_ source: SourceConfiguration, city: CityConfiguration) async -> SourcePreview {
        let provider: any DataProvider
        do {
            provider = try ProviderFactory.makeProvider(for: source)
        } catch {
            return SourcePreview(source: source, outcome: .failed(error.description))
        }
        guard let update = await firstUpdate(of: provider) else {
            return SourcePreview(source: source, outcome: .failed("no answer within \(patience)"))
        }
        switch update {
        case .failure(let message, _):
            return SourcePreview(source: source, outcome: .failed(ControlCharacters.escaped(message)))
        case .unchanged:
            return SourcePreview(source: source, outcome: .failed("the source reported no document"))
        case .document(let json, _):
            return mapped(AdaptedDocument(json: json, isUpdate: DocumentShape.isPartial(json)), source: source, city: city)
        case .adapted(let adapted, _):
            return mapped(adapted, source: source, city: city)
        }
    }

    private static func mapped(_ adapted: AdaptedDocument, source: SourceConfiguration, city: CityConfiguration) -> SourcePreview {
        let layers = DocumentShape.isPartial(adapted.json) ? [DataStack.skeleton(for: city).json, adapted.json] : [adapted.json]
        let merged = CityCollection.isCollection(adapted.json) ? adapted.json : DocumentShape.merged(layers)
        let result = CityCollection.decode(merged)
        return SourcePreview(source: source, outcome: .mapped(adapted, documents: result.documents, problems: result.problems))
    }

    private static func firstUpdate(of provider: any DataProvider) async -> ProviderUpdate? {
        let reader = Task { () -> ProviderUpdate? in
            for await update in provider.updates() { return update }
            return nil
        }
        let timer = Task {
            try? await Task.sleep(for: patience)
            reader.cancel()
        }
        defer { timer.cancel() }
        return await reader.value
    }

    var exitCode: Int32 {
        switch outcome {
        case .failed: 2
        case .mapped(_, let documents, _): documents == nil ? 1 : 0
        }
    }

    /// The source, its adapter and summary; then, unless `quiet`, every mapped indicator
    /// by dimension; then every skipped record and every problem.
    func lines(quiet: Bool) -> [String] {
        let name = "\(source.spec.displayLocation) (\(source.adapterKind.displayName))"
        switch outcome {
        case .failed(let message):
            return ["\(name): cannot be read: \(message)"]
        case .mapped(let adapted, let documents, let problems):
            var lines = ["\(name): " + (adapted.summary?.description ?? "read as it is")]
            if !quiet, let documents {
                let parts = CityCollection.documents(in: adapted.json)
                for (document, json) in zip(documents, parts) {
                    // A collection names each city before its indicators.
                    if parts.count > 1 { lines.append(ControlCharacters.escaped("  city \(document.city.id) — \(document.city.name)")) }
                    lines += indicatorLines(document, mappedFrom: json)
                }
            }
            lines += (adapted.summary?.skipDetails ?? []).map { "  skipped \($0)" }
            let shown = adapted.summary?.skipDetails.count ?? 0
            if let skipped = adapted.summary?.skipped, skipped > shown { lines.append("  … and \(skipped - shown) more skipped") }
            lines += problems.map { "  \($0.isError ? "error" : "warning"): \($0)" }
            return lines
        }
    }

    /// `dimension: name` then `  id  name = value unit  (at time)` for each indicator the
    /// source itself brought.
    private func indicatorLines(_ document: CityDocument, mappedFrom json: JSONValue) -> [String] {
        let brought = Set(IndicatorKey.indicators(in: json).map(\.key))
        var lines: [String] = []
        for dimension in document.dimensions {
            let indicators = dimension.indicators.filter { brought.contains(IndicatorKey(dimension: dimension.id, indicator: $0.id)) }
            guard !indicators.isEmpty else { continue }
            lines.append("  \(dimension.id) — \(dimension.name.text(in: .english)): \(indicators.count) indicator(s)")
            for indicator in indicators {
                let value = indicator.value.map(JSONWriter.format) ?? "no value"
                let unit = indicator.unit.text(in: .english)
                let at = indicator.updatedAt.map { " (at \($0.text))" } ?? ""
                let history = indicator.history.isEmpty ? "" : ", \(indicator.history.count) points of history"
                lines.append("    \(indicator.id)  \(indicator.name.text(in: .english)) = \(value)\(unit.isEmpty ? "" : " " + unit)\(at)\(history)")
            }
        }
        return lines.map(ControlCharacters.escaped)
    }
}
