import KotaCerdasCore

extension CityDocument {
    /// The stand-in while no source has delivered: no dimensions, and the product's name
    /// where the city's would be, so the title bar never reads blank.
    static let awaitingData = CityDocument(city: City(id: "", name: "kotacerdas"), dimensions: [])
}
