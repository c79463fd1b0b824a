import Foundation
import KotaCerdasCore

/// One read of a broker: pages of entities in, a partial document out. KPIs are kept as
/// indicators (at most `maximumKPIs`); observed entities only as running tallies.
struct NGSIRead: AdapterRead {
    /// More KPIs than this are skipped and counted: a dashboard cannot show more, and a
    /// broker full of them must not fill memory.
    static let maximumKPIs = 2_000

    private let dialect: NGSIDialect
    private let settings: NGSISettings
    private let kpiMapper: KPIMapper
    private var observed: ObservedAggregator
    private var pager: NGSIPager?
    private var kpis: [MappedIndicator] = []
    /// Where each entity id's KPI is in `kpis`, so an entity met again on a later page
    /// (brokers page without a cursor) replaces its first reading instead of doubling it.
    private var kpiIndex: [String: Int] = [:]
    private var summary = ReadSummary(noun: "entities")

    init(dialect: NGSIDialect, settings: NGSISettings) {
        self.dialect = dialect
        self.settings = settings
        kpiMapper = KPIMapper(settings: settings)
        observed = ObservedAggregator(rules: settings.observedRules)
    }

    func firstURL(for url: URL) -> URL {
        NGSIPager(url: url, dialect: dialect, pageSize: settings.pageSize).url
    }

    mutating func consume(_ page: FetchedPage) throws(AdapterError) -> URL? {
        try PageSniffer.refuseHTML(page)
        let json: JSONValue
        do {
            json = try JSONParser.parse(page.body)
        } catch {
            throw AdapterError("not JSON: line \(error.line), column \(error.column): \(error.message)")
        }
        guard case .array(let entities) = json else { throw AdapterError(Self.brokerMessage(json)) }
        // The pager is made from the first page's address, which `firstURL` built: a file
        // of entities has no address and is one page.
        if pager == nil, let url = page.url {
            pager = NGSIPager(url: url, dialect: dialect, pageSize: settings.pageSize)
        }
        let firstID = entities.first.flatMap { $0.objectValue.flatMap { NGSIEntity(object: $0).id } }
        let decision = pager?.decide(afterPage: entities.count, firstID: firstID, headers: page.headers)
            ?? NGSIPager.Decision(takesEntities: true, next: nil)
        if decision.takesEntities {
            for entity in entities { take(entity) }
        }
        return decision.next
    }

    mutating func finish(cut: String?) throws(AdapterError) -> AdaptedDocument {
        if let note = pager?.note { summary.note(note) }
        if let cut {
            summary.note(cut + (pager?.reportedTotal.map { " (the broker reported \($0) entities)" } ?? ""))
        }
        let aggregates = observed.indicators(source: brokerName)
        for note in aggregates.notes { summary.note(note) }
        var taken = Set(aggregates.indicators.map(\.draft.id))
        let uniqueKPIs = kpis.map { kpi in
            var kpi = kpi
            kpi.draft.id = Self.unused(kpi.draft.id, in: &taken)
            return kpi
        }
        let document = IndicatorDraft.partialDocument((uniqueKPIs + aggregates.indicators).map { ($0.dimension, $0.draft) })
        return AdaptedDocument(json: document, isUpdate: false, summary: summary)
    }

    private mutating func take(_ element: JSONValue) {
        guard case .object(let object) = element else {
            summary.countSkipped("not an entity")
            return
        }
        let entity = NGSIEntity(object: object)
        guard let id = entity.id else {
            summary.countSkipped("no id")
            return
        }
        // Named only when skipped: most entities are not, and a read may hold 100 000.
        let record = { SaneText.display(id) }
        guard let type = entity.type else {
            summary.countSkipped("no type", record: record())
            return
        }
        guard type.caseInsensitiveCompare(KPIMapper.entityType) == .orderedSame else {
            if let skip = observed.fold(entity, type: type) {
                summary.countSkipped(skip.reason, record: record())
            } else {
                summary.countMapped()
            }
            return
        }
        switch kpiMapper.map(entity, id: id) {
        case .failure(let skip):
            summary.countSkipped(skip.reason, record: record())
        case .success(let kpi):
            if let earlier = kpiIndex[id] {
                kpis[earlier] = kpi
                summary.countSkipped("sent twice (the later reading is used)", record: record())
            } else if kpis.count >= Self.maximumKPIs {
                summary.countSkipped("more than \(Self.maximumKPIs) KPIs", record: record())
            } else {
                kpiIndex[id] = kpis.count
                kpis.append(kpi)
                summary.countMapped()
            }
        }
    }

    /// The broker as the `source` of its aggregates: `orion.example.go.id:1026 (NGSI v2)`.
    private var brokerName: String? {
        guard let url = pager.map(\.url), let host = url.host else { return nil }
        return host + (url.port.map { ":\($0)" } ?? "") + " (\(dialect.displayName))"
    }

    /// `id`, or `id-2`, `id-3`… when an earlier indicator of this read has it.
    private static func unused(_ id: String, in taken: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// What a broker's error document says: NGSI v2 `{"error", "description"}`, NGSI-LD
    /// `{"type", "title", "detail"}`.
    private static func brokerMessage(_ json: JSONValue) -> String {
        let parts = ["error", "title", "description", "detail"].compactMap { json[$0].flatMap(NGSIValue.text) }
        guard !parts.isEmpty else { return "expected an array of entities, got \(json.summary)" }
        return "the broker answered: " + SaneText.display(parts.joined(separator: ": "))
    }
}
