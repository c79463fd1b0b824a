import KotaCerdasCore

/// Where an indicator sits in a document: its dimension's id and its own.
struct IndicatorKey: Hashable {
    let dimension: String
    let indicator: String

    /// Every indicator object in `document`, with its key.
    static func indicators(in document: JSONValue) -> [(key: IndicatorKey, value: JSONObject)] {
        guard case .array(let dimensions)? = document["dimensions"] else { return [] }
        return dimensions.flatMap { dimension -> [(key: IndicatorKey, value: JSONObject)] in
            guard let dimensionID = JSONMerge.identity(of: dimension),
                  case .array(let indicators)? = dimension["indicators"] else { return [] }
            return indicators.compactMap { indicator in
                guard let id = JSONMerge.identity(of: indicator), let object = indicator.objectValue else { return nil }
                return (IndicatorKey(dimension: dimensionID, indicator: id), object)
            }
        }
    }

    /// `document` with the indicator at this key changed by `transform`; unchanged when absent.
    func update(_ document: JSONValue, _ transform: (inout JSONObject) -> Void) -> JSONValue {
        guard var root = document.objectValue, case .array(var dimensions)? = root["dimensions"],
              let d = dimensions.firstIndex(where: { JSONMerge.identity(of: $0) == dimension }),
              var dimensionObject = dimensions[d].objectValue,
              case .array(var indicators)? = dimensionObject["indicators"],
              let i = indicators.firstIndex(where: { JSONMerge.identity(of: $0) == indicator }),
              var indicatorObject = indicators[i].objectValue else { return document }
        transform(&indicatorObject)
        indicators[i] = .object(indicatorObject)
        dimensionObject["indicators"] = .array(indicators)
        dimensions[d] = .object(dimensionObject)
        root["dimensions"] = .array(dimensions)
        return .object(root)
    }
}
