import KotaCerdasCore
import Synchronization

/// Every dimension, indicator and programme of one document with its names (in every
/// language the data gives) and id folded once, so each key typed into the jump palette
/// is one pass over bytes already prepared: no folding, no allocation per entity.
///
/// Results are ranked by, in order: the match's tier and runs (`FuzzyQuery`), the length
/// of the text matched (shorter wins), the kind (dimension, then indicator, then
/// programme) and the data's order. Only the best `limit` are kept while scanning.
final class PaletteIndex: Sendable {
    /// One entity: where it is in the document.
    struct Entity: Sendable {
        let kind: PaletteKind
        let dimension: Int
        /// Its index among the dimension's indicators or programmes; 0 for a dimension.
        let position: Int
    }

    /// One result: the entity and its rank (lower is better).
    struct Hit: Equatable, Sendable {
        let entity: Int
        let rank: UInt64
    }

    /// The best hits of a query, best first, and how many entities matched in all.
    struct Search: Sendable {
        let hits: [Hit]
        let total: Int
    }

    /// One searchable text of an entity: a name or the id, folded, as a range of `bytes`.
    private struct Field: Sendable {
        let entity: Int32
        let start: Int32
        let count: Int32
        let mask: UInt64
    }

    let entities: [Entity]
    private let bytes: [UInt8]
    private let fields: [Field]
    /// The last query's answer: a frame and the update of the same key ask the same.
    private let lastSearch = Mutex<(query: [UInt8], limit: Int, search: Search)?>(nil)

    init(_ document: CityDocument) {
        var entities: [Entity] = []
        var bytes: [UInt8] = []
        var fields: [Field] = []
        var folds: [Unicode.Scalar: [UInt8]] = [:]
        func add(_ kind: PaletteKind, dimension: Int, position: Int, id: String, name: LocalizedText) {
            let entity = Int32(entities.count)
            entities.append(Entity(kind: kind, dimension: dimension, position: position))
            // The id, a plain name and one per language; the same words twice are searched once.
            var texts = [id]
            for text in name.byLanguage.values where !texts.contains(text) { texts.append(text) }
            for text in texts {
                let folded = FoldedText.bytes(of: text, cache: &folds).prefix(Self.longestText)
                guard !folded.isEmpty else { continue }
                fields.append(Field(entity: entity, start: Int32(bytes.count), count: Int32(folded.count),
                                    mask: FuzzyQuery.mask(of: folded)))
                bytes += folded
            }
        }
        // Dimensions first, then all indicators, then all programmes: the kind decides
        // ties before the data's order does.
        for (index, dimension) in document.dimensions.enumerated() {
            add(.dimension, dimension: index, position: 0, id: dimension.id, name: dimension.name)
        }
        for (index, dimension) in document.dimensions.enumerated() {
            for (position, indicator) in dimension.indicators.enumerated() {
                add(.indicator, dimension: index, position: position, id: indicator.id, name: indicator.name)
            }
        }
        for (index, dimension) in document.dimensions.enumerated() {
            for (position, program) in dimension.programs.enumerated() {
                add(.program, dimension: index, position: position, id: program.id, name: program.name)
            }
        }
        self.entities = entities
        self.bytes = bytes
        self.fields = fields
    }

    /// Names longer than this are searched by their first bytes only, so one absurd name
    /// cannot make every key slow.
    static let longestText = 512

    /// The best `limit` entities for `query`; for an empty query, every dimension.
    func search(_ query: FuzzyQuery, limit: Int) -> Search {
        if let last = lastSearch.withLock({ $0 }), last.query == query.phrase, last.limit == limit { return last.search }
        let search = query.isEmpty ? dimensions(limit: limit) : scan(query, limit: limit)
        lastSearch.withLock { $0 = (query.phrase, limit, search) }
        return search
    }

    private func dimensions(limit: Int) -> Search {
        let all = entities.indices.prefix { entities[$0].kind == .dimension }
        return Search(hits: all.prefix(limit).map { Hit(entity: $0, rank: UInt64($0)) }, total: all.count)
    }

    private func scan(_ query: FuzzyQuery, limit: Int) -> Search {
        var best = TopRanks(limit: limit)
        var total = 0
        var entity: Int32 = -1
        var entityRank = UInt64.max
        func finishEntity() {
            guard entityRank != .max else { return }
            total += 1
            best.offer(Hit(entity: Int(entity), rank: entityRank))
        }
        bytes.withUnsafeBufferPointer { bytes in
            for field in fields {
                if field.entity != entity {
                    finishEntity()
                    entity = field.entity
                    entityRank = .max
                }
                guard field.mask & query.mask == query.mask else { continue }
                let text = UnsafeBufferPointer(rebasing: bytes[Int(field.start)..<Int(field.start + field.count)])
                guard let match = query.match(text) else { continue }
                entityRank = min(entityRank, Self.rank(match, length: text.count, kind: entities[Int(entity)].kind,
                                                       order: Int(entity)))
            }
            finishEntity()
        }
        return Search(hits: best.sorted, total: total)
    }

    /// The ranking as one number, most significant first: tier (2 bits), runs (8),
    /// length of the text (14), kind (2), the entity's place in the index (38).
    static func rank(_ match: FuzzyQuery.Match, length: Int, kind: PaletteKind, order: Int) -> UInt64 {
        UInt64(match.tier.rawValue) << 62
            | UInt64(min(match.runs, 0xFF)) << 54
            | UInt64(min(length, 0x3FFF)) << 40
            | UInt64(kind.rawValue) << 38
            | UInt64(order)
    }
}

/// The `limit` lowest-ranked hits offered, kept sorted: a hit worse than the last kept
/// is dropped after one comparison, so a scan of every entity sorts only `limit` of them.
private struct TopRanks {
    let limit: Int
    private(set) var sorted: [PaletteIndex.Hit] = []

    init(limit: Int) {
        self.limit = limit
        sorted.reserveCapacity(limit + 1)
    }

    mutating func offer(_ hit: PaletteIndex.Hit) {
        guard limit > 0 else { return }
        if sorted.count == limit, let last = sorted.last, last.rank <= hit.rank { return }
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].rank < hit.rank { low = middle + 1 } else { high = middle }
        }
        sorted.insert(hit, at: low)
        if sorted.count > limit { sorted.removeLast() }
    }
}

/// What a jump-palette result is: a dimension, an indicator or a programme. The raw
/// value orders ties in the ranking.
public enum PaletteKind: UInt8, Sendable {
    case dimension, indicator, program
}
