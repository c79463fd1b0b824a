/// The smart-city frameworks whose dimension sets are known by name, for cities whose data
/// comes only from brokers, portals and spreadsheets: the dashboard still shows the
/// framework's dimensions, and an indicator mapped to a dimension id gets its proper name.
///
/// Documents bring their own dimension set; this catalogue is used only where none does.
public enum FrameworkCatalog {
    /// A framework: its id, name, and dimensions in the order they are shown.
    public struct Framework: Sendable {
        public let id: String
        public let name: LocalizedText
        public let dimensions: [(id: String, name: LocalizedText)]
    }

    /// Kemendagri (Ditjen Bina Adwil): the six dimensions, the default.
    public static let kemendagri = Framework(
        id: "kemendagri",
        name: bilingual("Enam Dimensi Kota Cerdas (Kemendagri)", "Six smart-city dimensions (Ministry of Home Affairs)"),
        dimensions: [
            ("governance", bilingual("Tata Pamong Pemerintahan Cerdas", "Smart Governance")),
            ("living", bilingual("Kehidupan Cerdas", "Smart Living")),
            ("environment", bilingual("Lingkungan Hidup Cerdas", "Smart Environment")),
            ("society", bilingual("Masyarakat Cerdas", "Smart Society")),
            ("economy", bilingual("Ekonomi Cerdas", "Smart Economy")),
            ("mobility", bilingual("Mobilitas Cerdas", "Smart Mobility")),
        ])

    /// Kominfo's "Gerakan Menuju 100 Smart City": six pillars with Smart Branding.
    public static let kominfo = Framework(
        id: "kominfo",
        name: bilingual("Gerakan Menuju 100 Smart City (Kominfo)", "Towards 100 Smart Cities movement (Kominfo)"),
        dimensions: [
            ("governance", bilingual("Tata Kelola Pemerintahan Cerdas", "Smart Governance")),
            ("branding", bilingual("Branding Daerah Cerdas", "Smart Branding")),
            ("economy", bilingual("Ekonomi Cerdas", "Smart Economy")),
            ("living", bilingual("Kehidupan Cerdas", "Smart Living")),
            ("society", bilingual("Masyarakat Cerdas", "Smart Society")),
            ("environment", bilingual("Lingkungan Cerdas", "Smart Environment")),
        ])

    public static let all = [kemendagri, kominfo]

    public static func framework(id: String) -> Framework? {
        all.first { $0.id == id }
    }

    /// The name of a dimension id in any known framework (Kemendagri's first).
    public static func dimensionName(id: String) -> LocalizedText? {
        for framework in all {
            if let match = framework.dimensions.first(where: { $0.id == id }) { return match.name }
        }
        return nil
    }

    /// A dimension for ids no framework knows, named after the id itself.
    public static func fallbackName(id: String) -> LocalizedText {
        bilingual("Lainnya (\(id))", "Other (\(id))")
    }

    private static func bilingual(_ indonesian: String, _ english: String) -> LocalizedText {
        LocalizedText(byLanguage: ["id": indonesian, "en": english])
    }
}
