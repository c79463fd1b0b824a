import Foundation
import KotaCerdasCore

/// A city with one dimension of `count` indicators, built in memory the same way every
/// time, for benchmarks that need a big table without a file.
enum SyntheticCity {
    static let dimensionID = "governance"

    static func document(indicators count: Int) -> CityDocument {
        let topics = [
            ("Layanan publik daring", "Public services online"),
            ("Sampah tertangani", "Waste handled"),
            ("Pengaduan masyarakat terselesaikan", "Complaints resolved"),
            ("Kecamatan dengan ruang terbuka hijau ≥ 20 %", "Districts with ≥ 20 % green space"),
        ]
        let updated = DataDate("2026-10-31T17:00:00+07:00")
        let indicators = (0..<count).map { number in
            let (topicID, topicEN) = topics[number % topics.count]
            // A fixed scramble of the number, so values are not sorted already.
            let spread = Double((number * 7919) % 1000) / 10
            let history = (0..<6).map { month in
                HistoryPoint(at: DataDate("2026-0\(month + 1)")!, value: spread + Double(month))
            }
            return Indicator(
                id: String(format: "gov-%06d", number),
                name: LocalizedText(byLanguage: ["id": "\(topicID) (wilayah \(number))", "en": "\(topicEN) (area \(number))"]),
                unit: LocalizedText("%"), value: number % 10 == 9 ? nil : spread, target: 60, baseline: 40,
                better: number % 5 == 0 ? .lower : .higher, weight: Double(1 + number % 3), history: history,
                updatedAt: updated)
        }
        return CityDocument(
            city: City(id: "uji", name: "Kota Uji Beban"), asOf: updated,
            dimensions: [Dimension(id: dimensionID, name: LocalizedText("Smart Governance"), indicators: indicators)])
    }
}
