import Foundation
import KotaCerdasCore
@testable import KotaCerdasData

/// Small documents and helpers shared by the tests.
enum Fixture {
    /// A valid full document with one dimension and two indicators.
    static func document(value: Double = 3.1, extraIndicator: String = "") -> String {
        """
        {
          "format": "kotacerdas/v1",
          "city": { "id": "sumenep", "name": "Kabupaten Sumenep" },
          "dimensions": [ {
            "id": "governance",
            "name": "Tata Pamong",
            "indicators": [
              { "id": "gov-spbe", "name": "Indeks SPBE", "unit": "index", "value": \(value), "target": 3.5, "better": "higher" },
              { "id": "gov-online", "name": "Layanan daring", "unit": "percent", "value": 96, "target": 100, "better": "higher" }\(extraIndicator)
            ]
          } ]
        }
        """
    }

    /// A partial update setting one indicator's value.
    static func partial(id: String = "gov-spbe", value: Double, updatedAt: String? = nil) -> String {
        let stamp = updatedAt.map { ", \"updatedAt\": \"\($0)\"" } ?? ""
        return """
        {"format":"kotacerdas/v1","partial":true,"dimensions":[{"id":"governance","indicators":[{"id":"\(id)","value":\(value)\(stamp)}]}]}
        """
    }

    static func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text)
    }

    /// The value of an indicator in a snapshot's document.
    static func value(_ snapshot: Snapshot?, _ id: String = "gov-spbe") -> Double? {
        snapshot?.document.dimension(id: "governance")?.indicator(id: id)?.value
    }

    /// The value of indicator `id` in a document as JSON.
    static func value(in json: JSONValue, _ id: String = "gov-spbe") -> Double? {
        guard let indicator = IndicatorKey.indicators(in: json).first(where: { $0.key.indicator == id }),
              case .number(let value)? = indicator.value["value"] else { return nil }
        return value
    }

    /// A fresh directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kotacerdas-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Fails a test that waits longer than `seconds` instead of hanging the suite.
struct TimedOut: Error {}

/// The deadline is `slack` times `seconds`: the suite runs its tests side by side on two
/// cores, and a passing wait ends as soon as its result comes.
func within<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    let slack = 4.0
    return try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds * slack))
            throw TimedOut()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Reads a provider's updates one at a time, each within a deadline.
final class UpdateReader: Sendable {
    private let reader: Reader

    init(_ provider: any DataProvider) {
        reader = Reader(provider.updates())
    }

    func next(within seconds: Double = 2.5) async throws -> ProviderUpdate {
        let reader = reader
        return try await within(seconds) { try await reader.next() }
    }

    /// Skips `.unchanged` reads until something else arrives.
    func nextChange(within seconds: Double = 2.5) async throws -> ProviderUpdate {
        while true {
            let update = try await next(within: seconds)
            if case .unchanged = update { continue }
            return update
        }
    }

    /// Drops the stream, which stops the provider.
    func close() async {
        await reader.close()
    }

    private actor Reader {
        private var stream: AsyncStream<ProviderUpdate>?
        private var iterator: AsyncStream<ProviderUpdate>.Iterator?

        init(_ stream: AsyncStream<ProviderUpdate>) {
            self.stream = stream
            iterator = stream.makeAsyncIterator()
        }

        func next() async throws -> ProviderUpdate {
            // The iterator shares its state between copies; copying out avoids an
            // inout access across the suspension.
            var copy = iterator
            guard let update = await copy?.next(isolation: self) else { throw CancellationError() }
            return update
        }

        func close() {
            iterator = nil
            stream = nil
        }
    }
}

extension ProviderUpdate {
    var document: JSONValue? {
        if case .document(let json, _) = self { return json }
        return nil
    }

    var failure: String? {
        if case .failure(let message, _) = self { return message }
        return nil
    }

    var isUnchanged: Bool {
        if case .unchanged = self { return true }
        return false
    }

    /// The value of `gov-spbe` in a delivered document.
    var spbeValue: Double? {
        guard let document else { return nil }
        return IndicatorKey.indicators(in: document).first { $0.key.indicator == "gov-spbe" }.flatMap {
            if case .number(let value)? = $0.value["value"] { return value }
            return nil
        }
    }
}
