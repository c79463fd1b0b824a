/// What a shared screen says about itself: a title (the city and the screen) and lines
/// of detail (when, from which data), written as the document's title and description.
public struct FrameCaption: Equatable, Sendable {
    public var title: String
    public var details: [String]
    /// The BCP 47 language of the screen's words, e.g. `id` or `en`.
    public var language: String

    public init(title: String, details: [String] = [], language: String) {
        self.title = title
        self.details = details
        self.language = language
    }
}
