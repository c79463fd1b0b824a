/// Where an indicator sits in a document: its dimension's id and its own.
public struct IndicatorKey: Hashable, Sendable {
    public let dimension: String
    public let indicator: String

    public init(dimension: String, indicator: String) {
        self.dimension = dimension
        self.indicator = indicator
    }

    /// Every indicator object in `document`, with its key, in document order.
    public static func indicators(in document: JSONValue) -> [(key: IndicatorKey, value: JSONObject)] {
        guard case .array(let dimensions)? = document[DocumentShape.Member.dimensions] else { return [] }
        return dimensions.flatMap { dimension -> [(key: IndicatorKey, value: JSONObject)] in
            guard let dimensionID = DocumentMerge.identity(of: dimension),
                  case .array(let indicators)? = dimension[DocumentShape.Member.indicators] else { return [] }
            return indicators.compactMap { indicator in
                guard let id = DocumentMerge.identity(of: indicator), let object = indicator.objectValue else { return nil }
                return (IndicatorKey(dimension: dimensionID, indicator: id), object)
            }
        }
    }

    /// `document` with every indicator whose key is in `keys` changed by `transform`, in one
    /// pass over the document (absent keys are ignored).
    public static func update(
        _ document: JSONValue, keys: Set<IndicatorKey>, _ transform: (IndicatorKey, inout JSONObject) -> Void
    ) -> JSONValue {
        let dimensionsKey = DocumentShape.Member.dimensions
        let indicatorsKey = DocumentShape.Member.indicators
        guard !keys.isEmpty, var root = document.objectValue, case .array(var dimensions)? = root[dimensionsKey] else {
            return document
        }
        let wanted = Set(keys.map(\.dimension))
        for d in dimensions.indices {
            guard let dimensionID = DocumentMerge.identity(of: dimensions[d]), wanted.contains(dimensionID),
                  var dimensionObject = dimensions[d].objectValue,
                  case .array(var indicators)? = dimensionObject[indicatorsKey] else { continue }
            for i in indicators.indices {
                guard let id = DocumentMerge.identity(of: indicators[i]) else { continue }
                let key = IndicatorKey(dimension: dimensionID, indicator: id)
                guard keys.contains(key), var indicatorObject = indicators[i].objectValue else { continue }
                transform(key, &indicatorObject)
                indicators[i] = .object(indicatorObject)
            }
            dimensionObject[indicatorsKey] = .array(indicators)
            dimensions[d] = .object(dimensionObject)
        }
        root[dimensionsKey] = .array(dimensions)
        return .object(root)
    }
}
