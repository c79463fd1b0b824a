import KotaCerdasCore

/// Sorts the layers of every source into cities, so documents of different cities are
/// kept apart instead of merged into one.
///
/// A layer that names a `city.id` (a whole v1 document, or a member of a collection)
/// belongs to that city. A layer that names none (a partial update, what a broker, a
/// portal or a spreadsheet maps) belongs to the home city: the configured `[city]` id
/// when some layer has it, else the first city named. With every layer in one city, or
/// none naming a city, there is one group: exactly the single merged city of before.
struct CityGroups {
    struct Group {
        /// The city's id; nil while no layer names a city.
        let id: String?
        /// The layers of this city, lowest first, as they came.
        var parts: [JSONValue]
    }

    let groups: [Group]
    /// The group that layers without a city join, by id.
    let homeID: String?

    /// - Parameters:
    ///   - layers: Every layer, lowest first; collections are taken apart here.
    ///   - preferredHomeID: The configured city, which unnamed layers join when present.
    init(_ layers: [JSONValue], preferredHomeID: String?) {
        let parts = layers.flatMap(CityCollection.documents(in:))
        var ids: [String] = []
        for id in parts.compactMap(CityCollection.cityID(of:)) where !ids.contains(id) { ids.append(id) }
        homeID = preferredHomeID.flatMap { ids.contains($0) ? $0 : nil } ?? ids.first
        var groups = ids.isEmpty ? [Group(id: nil, parts: [])] : ids.map { Group(id: $0, parts: []) }
        for part in parts {
            let id = CityCollection.cityID(of: part) ?? homeID
            let index = groups.firstIndex { $0.id == id } ?? 0
            groups[index].parts.append(part)
        }
        self.groups = groups
    }

    /// The city a layer without a city id of its own would join, given the cities of `json`
    /// (the merged document or collection last published).
    static func home(in json: JSONValue?, preferredHomeID: String?) -> String? {
        let ids = json.map { CityCollection.documents(in: $0).compactMap(CityCollection.cityID(of:)) } ?? []
        return preferredHomeID.flatMap { ids.contains($0) ? $0 : nil } ?? ids.first
    }
}
