import Foundation
import KotaCerdasCore

/// The UN/CEFACT Recommendation 20 unit codes that the FIWARE data models put in
/// `unitCode` (v2 metadata, NGSI-LD sub-property), as the unit texts a dashboard shows.
enum UnitCodes {
    private static let texts: [String: String] = [
        "GQ": "µg/m³", "GP": "mg/m³", "59": "ppm", "61": "ppb", "M1": "mg/l",
        "CEL": "°C", "P1": "%", "KMH": "km/h", "MTS": "m/s", "MTR": "m", "KGM": "kg", "TNE": "t",
        "LTR": "l", "MTQ": "m³", "MQH": "m³/h", "A97": "hPa", "MBR": "mbar", "KWH": "kWh", "KWT": "kW",
        "D10": "S/m", "H61": "mS/cm", "C62": "",
    ]

    /// The unit for `code`; an unknown code is shown as it is, as a data model might
    /// use one this table lacks.
    static func unit(_ code: String) -> LocalizedText? {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let text = texts[trimmed.uppercased()] ?? SaneText.display(trimmed, limit: 24)
        return text.isEmpty ? nil : LocalizedText(text)
    }
}
