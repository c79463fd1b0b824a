/// The city a dashboard shows when no source brings a whole kotacerdas document (a
/// broker, a portal or a spreadsheet alone): its name, and the framework whose dimensions
/// the mapped indicators are placed in. Anything left out gets a sensible default.
public struct CityConfiguration: Equatable, Sendable {
    public var id: String?
    public var name: String?
    public var province: String?
    public var timezone: String?
    /// `kemendagri` (the default: six dimensions) or `kominfo` (six pillars with Smart Branding).
    public var framework: String?

    public init(
        id: String? = nil, name: String? = nil, province: String? = nil, timezone: String? = nil, framework: String? = nil
    ) {
        self.id = id
        self.name = name
        self.province = province
        self.timezone = timezone
        self.framework = framework
    }
}
