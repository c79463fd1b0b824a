import KotaCerdasCore

/// The observed types a broker commonly holds and what the dashboard shows of each when
/// the config says nothing else (docs/sources.md has the same table). Air, water and waste
/// go to Smart Environment, traffic and parking to Smart Mobility.
///
/// Levels are given only where a public standard exists: the WHO 2021 air-quality
/// guidelines (24-hour) as the target, the Indonesian ambient standard of PP 22/2021
/// (24-hour) as the critical level, and PP 22/2021's pH 6–9 for water. A mean over the
/// stations' latest observations is not a 24-hour mean: the levels are a guide.
enum ObservedDefaults {
    static let rules: [ObservedRule] = [
        rule("AirQualityObserved", "pm25", .mean, id: "ngsi-air-pm25", name: bilingual("Rata-rata PM2.5", "Mean PM2.5"),
             unit: LocalizedText("µg/m³"), dimension: "environment", IndicatorJudgement(better: .lower, target: 15, critical: 55),
             time: "dateObserved"),
        rule("AirQualityObserved", "pm10", .mean, id: "ngsi-air-pm10", name: bilingual("Rata-rata PM10", "Mean PM10"),
             unit: LocalizedText("µg/m³"), dimension: "environment", IndicatorJudgement(better: .lower, target: 45, critical: 75),
             time: "dateObserved"),
        rule("AirQualityObserved", "no2", .mean, id: "ngsi-air-no2", name: bilingual("Rata-rata NO₂", "Mean NO₂"),
             unit: LocalizedText("µg/m³"), dimension: "environment", IndicatorJudgement(better: .lower, target: 25, critical: 65),
             time: "dateObserved"),
        rule("AirQualityObserved", "airQualityIndex", .mean, id: "ngsi-air-index",
             name: bilingual("Rata-rata indeks kualitas udara", "Mean air quality index"), unit: nil, dimension: "environment",
             IndicatorJudgement(better: .lower), time: "dateObserved"),
        rule("WaterQualityObserved", "pH", .mean, id: "ngsi-water-ph", name: bilingual("Rata-rata pH air", "Mean water pH"),
             unit: LocalizedText("pH"), dimension: "environment", IndicatorJudgement(better: .target, target: 7.5, warn: 1.5, critical: 2),
             time: "dateObserved"),
        rule("WasteContainer", "fillingLevel", .shareAbove, level: 0.8, id: "ngsi-waste-full",
             name: bilingual("Kontainer sampah terisi lebih dari 80%", "Waste containers more than 80% full"), unit: LocalizedText("%"),
             dimension: "environment", IndicatorJudgement(better: .lower), time: nil),
        rule("TrafficFlowObserved", "averageVehicleSpeed", .mean, id: "ngsi-traffic-speed",
             name: bilingual("Kecepatan rata-rata kendaraan", "Mean vehicle speed"), unit: bilingual("km/jam", "km/h"), dimension: "mobility",
             IndicatorJudgement(better: .higher), time: "dateObserved"),
        rule("TrafficFlowObserved", "intensity", .sum, id: "ngsi-traffic-volume",
             name: bilingual("Volume lalu lintas", "Traffic volume"), unit: bilingual("kendaraan", "vehicles"), dimension: "mobility",
             IndicatorJudgement(better: .lower), time: "dateObserved"),
        rule("OnStreetParking", "availableSpotNumber", .sum, id: "ngsi-parking-free",
             name: bilingual("Petak parkir kosong", "Free parking spaces"), unit: bilingual("petak", "spaces"), dimension: "mobility",
             IndicatorJudgement(better: .higher), time: nil),
    ]

    /// The dimension a type's indicators go to when a configured rule does not say.
    static func dimension(of entityType: String) -> String? {
        rules.first { $0.entityType.lowercased() == entityType.lowercased() }?.dimension
    }

    private static func rule(
        _ type: String, _ attribute: String, _ aggregate: ObservedRule.Aggregate, level: Double? = nil, id: String,
        name: LocalizedText, unit: LocalizedText?, dimension: String, _ judgement: IndicatorJudgement, time: String?
    ) -> ObservedRule {
        ObservedRule(
            entityType: type, attribute: attribute, aggregate: aggregate, level: level, indicatorID: id, name: name,
            unit: unit, dimension: dimension, judgement: judgement, time: time)
    }

    private static func bilingual(_ indonesian: String, _ english: String) -> LocalizedText {
        LocalizedText(byLanguage: ["id": indonesian, "en": english])
    }
}
