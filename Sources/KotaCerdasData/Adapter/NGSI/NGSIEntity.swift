import KotaCerdasCore

/// One entity of a broker's answer, in any of the four representations — NGSI v2
/// normalized or `keyValues`, NGSI-LD normalized or concise/`keyValues` — read through
/// one interface, so the mappings never ask which representation came.
struct NGSIEntity {
    let object: JSONObject

    /// The entity id as the broker wrote it (`urn:ngsi-ld:AirQualityObserved:…` or `Madrid-…`).
    var id: String? {
        (object["id"] ?? object["@id"]).flatMap(NGSIValue.text)
    }

    /// The entity type's short name: `AirQualityObserved` also when an NGSI-LD broker
    /// without the data model's `@context` answers with the expanded IRI
    /// (`https://smartdatamodels.org/dataModel.Environment/AirQualityObserved`).
    var type: String? {
        (object["type"] ?? object["@type"]).flatMap(NGSIValue.text).map(AttributeName.localName)
    }

    /// The attribute called `name`, found also when the broker spells it differently
    /// (`CO` for `co`, `PM2.5` or `pm2_5` for `pm25`) or as an expanded IRI; an exact match wins.
    func attribute(_ name: String) -> NGSIAttribute? {
        if let exact = object[name] { return NGSIAttribute(exact) }
        let wanted = AttributeName.folded(name)
        for member in object.members where AttributeName.matches(member.key, folded: wanted) {
            return NGSIAttribute(member.value)
        }
        return nil
    }

    /// The first of `names` the entity has.
    func attribute(anyOf names: [String]) -> NGSIAttribute? {
        names.lazy.compactMap(attribute).first
    }
}

/// One attribute with its wrapping taken off: the value, and the unit and observation time
/// the wrapping carried (v2 `metadata`, NGSI-LD sub-properties).
struct NGSIAttribute {
    /// The members an attribute object has in normalized form; an object with a `value`
    /// and nothing else than these is a wrapper, anything else is a structured value
    /// (an address, a period) sent in keyValues form.
    private static let wrapperMembers: Set<String> = [
        "type", "value", "metadata", "unitCode", "observedAt", "datasetId", "createdAt", "modifiedAt",
        "instanceId", "providedBy", "lang", "valueType",
    ]

    let value: JSONValue
    /// The UN/CEFACT unit code (`GQ` for µg/m³), from v2 `metadata.unitCode` or NGSI-LD `unitCode`.
    let unitCode: String?
    /// When the value was observed: NGSI-LD `observedAt`, v2 `metadata.TimeInstant` or `timestamp`.
    let observedAt: JSONValue?

    init(_ raw: JSONValue) {
        guard case .object(let wrapper) = raw, let inner = Self.wrappedValue(wrapper) else {
            (value, unitCode, observedAt) = (raw, nil, nil)
            return
        }
        value = inner
        let metadata = wrapper["metadata"]?.objectValue
        unitCode = (wrapper["unitCode"] ?? metadata?["unitCode"].map { $0["value"] ?? $0 }).flatMap(NGSIValue.text)
        observedAt = wrapper["observedAt"] ?? (metadata?["TimeInstant"] ?? metadata?["timestamp"]).map { $0["value"] ?? $0 }
    }

    /// What a normalized attribute wraps: its `value`, an NGSI-LD LanguageProperty's
    /// `languageMap` or a Relationship's `object`; nil for a structured keyValues value.
    private static func wrappedValue(_ wrapper: JSONObject) -> JSONValue? {
        if let map = wrapper["languageMap"] { return map }
        if wrapper["type"] == .string("Relationship"), let object = wrapper["object"] { return object }
        guard let value = wrapper["value"], wrapper.members.allSatisfy({ wrapperMembers.contains($0.key) }) else { return nil }
        return value
    }
}

/// How attribute and type names are compared across brokers and data-model versions.
enum AttributeName {
    /// The part after the last `/` or `#` of an expanded IRI; a short name as it is.
    static func localName(_ name: String) -> String {
        guard name.contains(":"), let cut = name.lastIndex(where: { $0 == "/" || $0 == "#" }) else { return name }
        return String(name[name.index(after: cut)...])
    }

    /// The name compared by `matches`: lowercased ASCII letters and digits, other
    /// punctuation dropped, so `PM2.5`, `pm2_5` and `pm25` are the same name.
    static func folded(_ name: String) -> [UInt8] {
        name.utf8.compactMap(foldedByte)
    }

    /// Whether `key` (an attribute or its expanded IRI) folds to `folded`. Compares byte by
    /// byte without building strings: it runs for every member of every entity that lacks
    /// an attribute under its exact name.
    static func matches(_ key: String, folded: [UInt8]) -> Bool {
        let bytes = key.utf8
        var start = bytes.startIndex
        if bytes.contains(UInt8(ascii: ":")),
           let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") }) {
            start = bytes.index(after: cut)
        }
        var position = 0
        for byte in bytes[start...] {
            guard let byte = foldedByte(byte) else { continue }
            guard position < folded.count, folded[position] == byte else { return false }
            position += 1
        }
        return position == folded.count
    }

    /// An ASCII letter lowercased or a digit; nil for ASCII punctuation and spaces. Bytes of
    /// other scripts are kept as they are.
    private static func foldedByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: byte
        default: nil
        }
    }
}
